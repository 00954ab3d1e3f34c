package org.gongkai.mailbox.rules;

import java.time.LocalDate;

import org.gongkai.platform.RuleViolationException;

/**
 * The one extension of a letter's reply period (docs/legal-rules.md, Interaction;
 * policy): once, not after the deadline has passed, by 1 to
 * {@code gongkai.mailbox.max-extension-days} working days, with a reason the writer sees
 * (the reason is checked as text by the caller).
 */
public final class LetterExtension {

	private LetterExtension() {
	}

	/**
	 * Refuses an extension the rule does not allow, in this order: a second extension, a
	 * deadline already passed, a number of days out of range.
	 * @param extendedDays the days the letter was extended by already, 0 if never
	 * @param due the reply deadline before the extension
	 * @param days the working days asked for, {@code null} if none were given
	 * @param maxDays the most working days one extension may add
	 * @throws RuleViolationException {@code mailbox.extension.once},
	 * {@code mailbox.extension.too-late} (argument: the deadline) or
	 * {@code mailbox.extension.days-invalid} (argument: the most days)
	 */
	public static void check(long letterId, int extendedDays, LocalDate due, LocalDate today, Integer days,
			int maxDays) {
		if (extendedDays > 0) {
			throw new RuleViolationException("mailbox.extension.once", "Already extended: " + letterId);
		}
		if (today.isAfter(due)) {
			throw new RuleViolationException("mailbox.extension.too-late", "Deadline passed on " + letterId, due);
		}
		if (days == null || days < 1 || days > maxDays) {
			throw new RuleViolationException("mailbox.extension.days-invalid", "Extension days out of range", maxDays);
		}
	}

}
