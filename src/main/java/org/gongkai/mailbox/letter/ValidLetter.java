package org.gongkai.mailbox.letter;

import java.util.Locale;
import java.util.regex.Pattern;

import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.rules.PlainText;
import org.gongkai.platform.RuleViolationException;

/**
 * A letter whose every field passed the checks. Each violation names its field in the
 * message key ({@code mailbox.<field>.<problem>}). Letters are plain text
 * ({@link PlainText}): control characters and markup are refused, not silently dropped.
 */
public record ValidLetter(LetterType type, String subject, String body, String name, String phone, String email,
		boolean publicConsent) {

	static final int MAX_SUBJECT = 100;

	static final int MAX_BODY = 3000;

	static final int MAX_NAME = 60;

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	public static ValidLetter of(LetterForm form) {
		LetterType type = parse(form.type());
		String subject = PlainText.required(form.subject(), "subject", MAX_SUBJECT);
		String body = PlainText.required(form.body(), "body", MAX_BODY);
		String name = PlainText.required(form.name(), "name", MAX_NAME);
		String phone = PlainText.plain(form.phone(), "phone");
		String email = PlainText.plain(form.email(), "email");
		if (phone.isEmpty() && email.isEmpty()) {
			throw new RuleViolationException("mailbox.contact.missing", "No phone and no e-mail");
		}
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			throw new RuleViolationException("mailbox.phone.invalid", "Bad phone");
		}
		if (!email.isEmpty() && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
			throw new RuleViolationException("mailbox.email.invalid", "Bad e-mail");
		}
		return new ValidLetter(type, subject, body, name, phone.isEmpty() ? null : phone,
				email.isEmpty() ? null : email, Boolean.TRUE.equals(form.publicConsent()));
	}

	private static LetterType parse(String value) {
		String name = (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "";
		for (LetterType type : LetterType.values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		throw new RuleViolationException("mailbox.type.invalid", "Unknown letter type");
	}

}
