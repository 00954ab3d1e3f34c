package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.gongkai.mailbox.ChannelAccounts.ChannelAccount;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.RegisteredLetterForm;
import org.gongkai.mailbox.rules.PlainText;
import org.gongkai.platform.RuleViolationException;

/**
 * A letter registered by staff whose every field passed the checks: a channel other than
 * the website (a new-media message names one of the agency's accounts), a day of receipt
 * neither in the future nor more than a year back (the deadline runs from it, so a later
 * day would give the office more time than the writer), subject and body as plain text;
 * name and contact are optional (a telephone or suggestion-box message may come without
 * them). Each violation names its field ({@code mailbox.<field>.<problem>}).
 */
record ValidRegistration(LetterChannel channel, ChannelAccount account, LocalDate receivedOn, Long mailboxId,
		ValidLetter letter) {

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

	/**
	 * Checks every field, adding each problem to {@code problems}; the registration, or
	 * {@code null} with problems.
	 * @param accounts the agency's new-media accounts
	 * @param today the platform's today
	 */
	static ValidRegistration check(RegisteredLetterForm form, List<ChannelAccount> accounts, LocalDate today,
			List<RuleViolationException> problems) {
		LetterChannel channel = LetterChannel.of(form.channel()).filter(LetterChannel::registeredByStaff).orElse(null);
		if (channel == null) {
			problems.add(new RuleViolationException("mailbox.channel.invalid", "Unknown channel"));
		}
		ChannelAccount account = null;
		if (channel == LetterChannel.NEW_MEDIA) {
			String id = (form.accountId() != null) ? form.accountId().strip() : "";
			account = accounts.stream()
				.filter((a) -> NUMBER.matcher(id).matches() && a.id() == Long.parseLong(id))
				.findFirst()
				.orElse(null);
			if (account == null) {
				problems.add(new RuleViolationException("mailbox.account-id.invalid", "Unknown account"));
			}
		}
		LocalDate receivedOn = receivedOn(form.receivedOn(), today, problems);
		Long mailboxId = null;
		String mailbox = (form.mailboxId() != null) ? form.mailboxId().strip() : "";
		if (!mailbox.isEmpty()) {
			if (NUMBER.matcher(mailbox).matches()) {
				mailboxId = Long.valueOf(mailbox);
			}
			else {
				problems.add(new RuleViolationException("mailbox.mailbox-id.invalid", "Bad mailbox"));
			}
		}
		LetterType type = attempt(problems, () -> type(form.type()));
		String subject = attempt(problems,
				() -> PlainText.required(form.subject(), "subject", ValidLetter.MAX_SUBJECT));
		String body = attempt(problems, () -> PlainText.required(form.body(), "body", ValidLetter.MAX_BODY));
		String name = attempt(problems, () -> PlainText.optional(form.name(), "name", ValidLetter.MAX_NAME));
		String phone = attempt(problems, () -> PlainText.plain(form.phone(), "phone"));
		String email = attempt(problems, () -> PlainText.plain(form.email(), "email"));
		if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			problems.add(new RuleViolationException("mailbox.phone.invalid", "Bad phone"));
		}
		if (email != null && !email.isEmpty() && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
			problems.add(new RuleViolationException("mailbox.email.invalid", "Bad e-mail"));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		ValidLetter letter = new ValidLetter(type, subject, body, name, phone.isEmpty() ? null : phone,
				email.isEmpty() ? null : email, false);
		return new ValidRegistration(channel, account, receivedOn, mailboxId, letter);
	}

	private static LocalDate receivedOn(String value, LocalDate today, List<RuleViolationException> problems) {
		LocalDate day;
		try {
			day = LocalDate.parse((value != null) ? value.strip() : "");
		}
		catch (DateTimeParseException ex) {
			problems.add(new RuleViolationException("mailbox.received-on.invalid", "Bad day of receipt"));
			return null;
		}
		if (day.isAfter(today)) {
			problems.add(new RuleViolationException("mailbox.received-on.future", "Received in the future"));
			return null;
		}
		if (day.isBefore(today.minusYears(1))) {
			problems.add(new RuleViolationException("mailbox.received-on.too-old", "Received over a year ago"));
			return null;
		}
		return day;
	}

	private static LetterType type(String value) {
		String name = (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "";
		for (LetterType type : LetterType.values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		throw new RuleViolationException("mailbox.type.invalid", "Unknown letter type");
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

}
