package org.gongkai.request.letters;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a letter is produced in. */
public enum LetterFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf");

	private final String contentType;

	LetterFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The file name extension, e.g. {@code pdf}. */
	public String extension() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The format of a file name extension, if it is one. */
	public static Optional<LetterFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter((f) -> f.extension().equals(extension)).findFirst();
	}

}
