package org.gongkai.mailbox.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lateness of a letter as of a day: open past the due date, answered after it, open more
 * than three months, due within the due-soon window.
 */
class ReplyDeadlineTests {

	private static final LocalDate DUE = LocalDate.of(2026, 7, 6);

	@Test
	void anOpenLetterIsOverdueFromTheDayAfterItsDueDate() {
		assertThat(ReplyDeadline.overdue(true, DUE, null, DUE.minusDays(1))).isFalse();
		assertThat(ReplyDeadline.overdue(true, DUE, null, DUE)).isFalse();
		assertThat(ReplyDeadline.overdue(true, DUE, null, DUE.plusDays(1))).isTrue();
	}

	@Test
	void anAnsweredLetterIsOverdueOnlyIfAnsweredAfterItsDueDateWhateverTheDayNow() {
		LocalDate muchLater = DUE.plusYears(1);
		assertThat(ReplyDeadline.overdue(false, DUE, DUE, muchLater)).isFalse();
		assertThat(ReplyDeadline.overdue(false, DUE, DUE.minusDays(3), muchLater)).isFalse();
		assertThat(ReplyDeadline.overdue(false, DUE, DUE.plusDays(1), DUE.plusDays(1))).isTrue();
		assertThat(ReplyDeadline.overdue(false, DUE, DUE.plusDays(1), DUE.minusDays(1))).isTrue();
	}

	@Test
	void aClosedLetterWithoutAnswerIsNeverOverdue() {
		// a letter turned into a request case has no reply day
		assertThat(ReplyDeadline.overdue(false, DUE, null, DUE.plusDays(30))).isFalse();
	}

	@Test
	void theDueDateItselfIsOnTime() {
		assertThat(ReplyDeadline.answeredOnTime(DUE.minusDays(1), DUE)).isTrue();
		assertThat(ReplyDeadline.answeredOnTime(DUE, DUE)).isTrue();
		assertThat(ReplyDeadline.answeredOnTime(DUE.plusDays(1), DUE)).isFalse();
	}

	@Test
	void anOpenLetterIsFlaggedTheDayAfterThreeMonthsFromReceipt() {
		LocalDate received = LocalDate.of(2026, 3, 31);
		// three months after 31 March is 30 June (the end of the shorter month)
		assertThat(ReplyDeadline.unansweredTooLong(true, received, LocalDate.of(2026, 6, 30))).isFalse();
		assertThat(ReplyDeadline.unansweredTooLong(true, received, LocalDate.of(2026, 7, 1))).isTrue();
		assertThat(ReplyDeadline.unansweredTooLong(true, received, LocalDate.of(2026, 6, 29))).isFalse();
		assertThat(ReplyDeadline.unansweredTooLong(false, received, LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(ReplyDeadline.UNANSWERED_MONTHS).isEqualTo(3);
	}

	@Test
	void aDueDateOnOrBeforeTheLastDayOfTheWindowIsDueSoon() {
		LocalDate soon = LocalDate.of(2026, 7, 9);
		assertThat(ReplyDeadline.dueBy(soon.minusDays(5), soon)).isTrue();
		assertThat(ReplyDeadline.dueBy(soon, soon)).isTrue();
		assertThat(ReplyDeadline.dueBy(soon.plusDays(1), soon)).isFalse();
	}

}
