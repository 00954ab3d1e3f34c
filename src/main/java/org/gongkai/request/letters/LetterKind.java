package org.gongkai.request.letters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The letters a case produces, each with the article of the Regulations it serves.
 */
public enum LetterKind {

	/** 答复告知书: the answer, from the template of the case's outcome (arts. 36–39). */
	REPLY("36"),

	/** 补正告知书: the one correction notice (art. 30). */
	CORRECTION("30"),

	/** 延期答复告知书: the extension notice (art. 33). */
	EXTENSION("33"),

	/**
	 * 征求意见函: the written consultation of a third party or another agency (arts. 32, 34).
	 */
	CONSULTATION("32"),

	/** 收费通知书: the information-processing fee notice (art. 42). */
	FEE("42");

	private final String article;

	LetterKind(String article) {
		this.article = article;
	}

	/** The article of the Regulations the letter is written under. */
	public String article() {
		return this.article;
	}

	/** The kind as it appears in URLs, e.g. {@code reply}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind of a URL segment, if it is one. */
	public static Optional<LetterKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter((k) -> k.slug().equals(slug)).findFirst();
	}

}
