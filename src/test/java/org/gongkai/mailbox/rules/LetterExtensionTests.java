package org.gongkai.mailbox.rules;

import java.time.LocalDate;

import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One extension, not after the deadline, of 1 to the configured most working days. */
class LetterExtensionTests {

	private static final LocalDate DUE = LocalDate.of(2026, 7, 6);

	@Test
	void aFirstExtensionWithinRangeUpToTheDueDateIsAllowed() {
		assertThatCode(() -> LetterExtension.check(7, 0, DUE, DUE, 1, 15)).doesNotThrowAnyException();
		assertThatCode(() -> LetterExtension.check(7, 0, DUE, DUE.minusDays(10), 15, 15)).doesNotThrowAnyException();
	}

	@Test
	void aSecondExtensionIsRefusedFirst() {
		RuleViolationException refused = refusal(7, 1, DUE, DUE.plusDays(3), null, 15);
		assertThat(refused.messageKey()).isEqualTo("mailbox.extension.once");
		assertThat(refused).hasMessage("Already extended: 7");
		assertThat(refused.arguments()).isEmpty();
	}

	@Test
	void afterTheDueDateItIsTooLateAndTheDueDateIsShown() {
		RuleViolationException refused = refusal(8, 0, DUE, DUE.plusDays(1), 99, 15);
		assertThat(refused.messageKey()).isEqualTo("mailbox.extension.too-late");
		assertThat(refused).hasMessage("Deadline passed on 8");
		assertThat(refused.arguments()).containsExactly(DUE);
	}

	@Test
	void daysOutsideOneToTheMostAreRefusedWithTheMost() {
		for (Integer days : new Integer[] { null, -1, 0, 16 }) {
			RuleViolationException refused = refusal(9, 0, DUE, DUE, days, 15);
			assertThat(refused.messageKey()).as("days %s", days).isEqualTo("mailbox.extension.days-invalid");
			assertThat(refused.arguments()).containsExactly(15);
		}
	}

	private static RuleViolationException refusal(long id, int extended, LocalDate due, LocalDate today, Integer days,
			int max) {
		RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
				() -> LetterExtension.check(id, extended, due, today, days, max));
		assertThat(refused).isNotNull();
		return refused;
	}

}
