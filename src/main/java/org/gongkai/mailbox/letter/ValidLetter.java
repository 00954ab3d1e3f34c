package org.gongkai.mailbox.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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

	/**
	 * The letter, checked.
	 * @throws RuleViolationException the first problem {@link #problems} finds
	 */
	public static ValidLetter of(LetterForm form) {
		List<RuleViolationException> problems = new ArrayList<>();
		ValidLetter valid = check(form, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return valid;
	}

	/**
	 * Every problem of the letter at once, in the order of the form's fields, so a form
	 * can show them all together; empty when it is valid.
	 */
	public static List<RuleViolationException> problems(LetterForm form) {
		List<RuleViolationException> problems = new ArrayList<>();
		check(form, problems);
		return problems;
	}

	/** Checks every field, adding each problem; the letter, or null with problems. */
	private static ValidLetter check(LetterForm form, List<RuleViolationException> problems) {
		LetterType type = attempt(problems, () -> parse(form.type()));
		String subject = attempt(problems, () -> PlainText.required(form.subject(), "subject", MAX_SUBJECT));
		String body = attempt(problems, () -> PlainText.required(form.body(), "body", MAX_BODY));
		String name = attempt(problems, () -> PlainText.required(form.name(), "name", MAX_NAME));
		String phone = attempt(problems, () -> PlainText.plain(form.phone(), "phone"));
		String email = attempt(problems, () -> PlainText.plain(form.email(), "email"));
		if (phone != null && email != null && phone.isEmpty() && email.isEmpty()) {
			problems.add(new RuleViolationException("mailbox.contact.missing", "No phone and no e-mail"));
		}
		if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			problems.add(new RuleViolationException("mailbox.phone.invalid", "Bad phone"));
		}
		if (email != null && !email.isEmpty() && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
			problems.add(new RuleViolationException("mailbox.email.invalid", "Bad e-mail"));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new ValidLetter(type, subject, body, name, phone.isEmpty() ? null : phone,
				email.isEmpty() ? null : email, Boolean.TRUE.equals(form.publicConsent()));
	}

	private static <T> T attempt(List<RuleViolationException> problems, Supplier<T> check) {
		try {
			return check.get();
		}
		catch (RuleViolationException ex) {
			problems.add(ex);
			return null;
		}
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
