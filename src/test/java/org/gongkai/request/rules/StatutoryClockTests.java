package org.gongkai.request.rules;

import java.time.LocalDate;

import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.rules.ClockFacts.Pause;
import org.gongkai.request.rules.ClockFacts.PauseKind;
import org.gongkai.request.rules.ClockReading.ClockState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clock rules of Regulations arts. 30–34 and the paused-time policy
 * (docs/legal-rules.md, Consultation and paused time), on the real holiday notices. Every
 * expected date was worked out by hand from the notices (and cross-checked with an
 * independent count over the raw files).
 */
class StatutoryClockTests {

	private static final StatutoryClock CLOCK = new StatutoryClock(WorkingDayRules.bundled());

	private static LocalDate d(String text) {
		return LocalDate.parse(text);
	}

	@ParameterizedTest(name = "received {0}: due {1}")
	@CsvSource({
			// art. 33 across National Day 2025 (28 Sep and 11 Oct worked, 1–8 Oct off)
			"2025-09-26, 2025-10-30",
			// across New Year 2026 (1–3 Jan off, Sunday 4 Jan worked)
			"2025-12-15, 2026-01-13",
			// across Spring Festival 2026 (14 and 28 Feb worked, 15–23 Feb off)
			"2026-02-06, 2026-03-12",
			// an ordinary month
			"2026-11-02, 2026-11-30" })
	void answersAreDueTwentyWorkingDaysAfterReceipt(LocalDate received, LocalDate due) {
		ClockReading reading = CLOCK.read(ClockFacts.receivedOn(received), received);
		assertThat(reading.due()).isEqualTo(due);
		assertThat(reading.originalDue()).isEqualTo(due);
		assertThat(reading.state()).isEqualTo(ClockState.RUNNING);
		assertThat(reading.provisional()).isFalse();
		assertThat(reading.steps()).extracting(ClockReading.Step::key)
			.containsExactly("request.clock.received", "request.clock.due");
	}

	@Test
	void anUnconfirmedOnlineApplicationHasNoClockYet() {
		ClockReading reading = CLOCK.read(ClockFacts.receivedOn(null), d("2026-11-02"));
		assertThat(reading.state()).isEqualTo(ClockState.AWAITING_CONFIRMATION);
		assertThat(reading.due()).isNull();
	}

	@Test
	void theCorrectionNoticeIsDueSevenWorkingDaysAfterReceipt() {
		// art. 30 across Spring Festival 2026: 11–13 Feb, Saturday 14 Feb, then 24–26 Feb
		ClockReading reading = CLOCK.read(ClockFacts.receivedOn(d("2026-02-10")), d("2026-02-10"));
		assertThat(reading.correctionNoticeDue()).isEqualTo(d("2026-02-26"));
	}

	@Test
	void whileACorrectionIsAwaitedTheClockDoesNotRun() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-02-10"))
			.withCorrection(d("2026-02-12"), d("2026-03-13"), null);
		ClockReading reading = CLOCK.read(facts, d("2026-03-13"));
		assertThat(reading.state()).isEqualTo(ClockState.AWAITING_CORRECTION);
		assertThat(reading.due()).isNull();
	}

	@Test
	void aCorrectionNotMadeInTimeLapses() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-02-10"))
			.withCorrection(d("2026-02-12"), d("2026-03-13"), null);
		assertThat(CLOCK.read(facts, d("2026-03-14")).state()).isEqualTo(ClockState.CORRECTION_LAPSED);
	}

	@Test
	void theTwentyDaysRestartFromTheCorrectedApplication() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-02-10"))
			.withCorrection(d("2026-02-12"), d("2026-03-13"), d("2026-03-02"));
		ClockReading reading = CLOCK.read(facts, d("2026-03-02"));
		assertThat(reading.countsFrom()).isEqualTo(d("2026-03-02"));
		assertThat(reading.due()).isEqualTo(d("2026-03-30"));
		assertThat(reading.steps()).extracting(ClockReading.Step::key).contains("request.clock.correction-received");
	}

	@Test
	void aThirdPartyConsultationIsNotCounted() {
		// letter sent Mon 9 Nov, answer Fri 13 Nov: 10–13 Nov (4 working days) do not
		// count
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.THIRD_PARTY_CONSULTATION, d("2026-11-09"), d("2026-11-13")));
		ClockReading reading = CLOCK.read(facts, d("2026-11-20"));
		assertThat(reading.due()).isEqualTo(d("2026-12-04"));
		assertThat(reading.daysPaused()).isEqualTo(4);
		// 3–6 Nov, 9 Nov, 16–20 Nov
		assertThat(reading.daysUsed()).isEqualTo(10);
	}

	@Test
	void anUnansweredConsultationPausesUntilItsFifteenDaysEnd() {
		// arts. 32/34: the third party has 15 working days (to 30 Nov); silence, then the
		// agency decides
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.THIRD_PARTY_CONSULTATION, d("2026-11-09"), null));
		ClockReading reading = CLOCK.read(facts, d("2026-11-20"));
		assertThat(reading.due()).isEqualTo(d("2026-12-21"));
		assertThat(reading.steps()).extracting(ClockReading.Step::key)
			.contains("request.clock.pause-open.THIRD_PARTY_CONSULTATION");
	}

	@Test
	void aLateAnswerPausesOnlyUntilTheConsultationPeriodEnds() {
		ClockFacts late = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-09"), d("2026-12-10")));
		ClockFacts silent = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-09"), null));
		assertThat(CLOCK.read(late, d("2026-12-10")).due()).isEqualTo(CLOCK.read(silent, d("2026-12-10")).due());
	}

	@Test
	void aConsultationOverNationalDayPausesOnlyWorkingDays() {
		// received Mon 15 Sep 2025; letter 22 Sep, answer 15 Oct; counted 16–19, 22 Sep,
		// then from 16 Oct
		ClockFacts facts = ClockFacts.receivedOn(d("2025-09-15"))
			.withPause(new Pause(PauseKind.THIRD_PARTY_CONSULTATION, d("2025-09-22"), d("2025-10-15")));
		assertThat(CLOCK.read(facts, d("2025-09-15")).due()).isEqualTo(d("2025-11-05"));
	}

	@Test
	void waitingForTheFeeIsNotCounted() {
		// fee notice received Wed 4 Nov, paid Wed 11 Nov: 5, 6, 9, 10, 11 Nov do not
		// count
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.FEE_PAYMENT, d("2026-11-04"), d("2026-11-11")));
		assertThat(CLOCK.read(facts, d("2026-11-02")).due()).isEqualTo(d("2026-12-07"));
	}

	@Test
	void anExtensionAddsTwentyWorkingDaysAndCanReachAnUnknownYearEnd() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02")).withExtension();
		ClockReading reading = CLOCK.read(facts, d("2026-11-02"));
		assertThat(reading.originalDue()).isEqualTo(d("2026-11-30"));
		assertThat(reading.due()).isEqualTo(d("2026-12-28"));
		// 25–31 December 2026 may still be moved by the 2027 notice, not yet published
		assertThat(reading.provisional()).isTrue();
		assertThat(reading.steps()).extracting(ClockReading.Step::key)
			.contains("request.clock.extended", "request.clock.provisional");
	}

	@Test
	void pastTheDueDateTheCaseIsOverdue() {
		ClockReading reading = CLOCK.read(ClockFacts.receivedOn(d("2026-11-02")), d("2026-12-01"));
		assertThat(reading.state()).isEqualTo(ClockState.OVERDUE);
		assertThat(reading.daysUsed()).isEqualTo(20);
		assertThat(CLOCK.read(ClockFacts.receivedOn(d("2026-11-02")), d("2026-11-30")).state())
			.isEqualTo(ClockState.RUNNING);
	}

	@Test
	void daysUsedCountOnlyWorkingDaysUpToTheDayAsked() {
		// 3–6 Nov and 9 Nov; the weekend 7–8 Nov does not count
		assertThat(CLOCK.read(ClockFacts.receivedOn(d("2026-11-02")), d("2026-11-09")).daysUsed()).isEqualTo(5);
		assertThat(CLOCK.read(ClockFacts.receivedOn(d("2026-11-02")), d("2026-11-02")).daysUsed()).isZero();
	}

	@Test
	void theExplanationNamesEveryStepInOrder() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-02-10"))
			.withCorrection(d("2026-02-12"), d("2026-03-13"), d("2026-03-02"))
			.withPause(new Pause(PauseKind.THIRD_PARTY_CONSULTATION, d("2026-03-05"), d("2026-03-10")))
			.withExtension();
		assertThat(CLOCK.read(facts, d("2026-03-10")).steps()).extracting(ClockReading.Step::key)
			.containsExactly("request.clock.received", "request.clock.correction-requested",
					"request.clock.correction-received", "request.clock.pause.THIRD_PARTY_CONSULTATION",
					"request.clock.extended", "request.clock.paused-total", "request.clock.due");
	}

	@Test
	void everyExplanationLineHasAChineseMessage() throws Exception {
		java.util.Properties messages = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/messages/request.properties")) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		ClockFacts everything = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.THIRD_PARTY_CONSULTATION, d("2026-11-03"), d("2026-11-04")))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-05"), null))
			.withPause(new Pause(PauseKind.FEE_PAYMENT, d("2026-11-05"), null))
			.withExtension();
		java.util.List<ClockReading> readings = java.util.List.of(CLOCK.read(everything, d("2026-11-05")),
				CLOCK.read(ClockFacts.receivedOn(null), d("2026-11-05")),
				CLOCK.read(
						ClockFacts.receivedOn(d("2026-11-02")).withCorrection(d("2026-11-03"), d("2026-11-10"), null),
						d("2026-11-20")));
		for (ClockReading reading : readings) {
			for (ClockReading.Step step : reading.steps()) {
				assertThat(messages.getProperty(step.key())).as(step.key()).isNotBlank();
			}
		}
	}

	@Test
	void aConsultationWhosePeriodRunsIntoAYearWithoutANoticeMakesTheDeadlineProvisional() {
		// answered 11 Dec 2026, the due date 21 Dec is settled, but the 15 working days
		// allowed from 10 Dec would end on 31 Dec, which the 2027 notice may still move
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-20"))
			.withPause(new Pause(PauseKind.THIRD_PARTY_CONSULTATION, d("2026-12-10"), d("2026-12-11")));
		ClockReading reading = CLOCK.read(facts, d("2026-11-20"));
		assertThat(reading.due()).isEqualTo(d("2026-12-21"));
		assertThat(reading.provisional()).isTrue();
		assertThat(reading.steps()).extracting(ClockReading.Step::key).endsWith("request.clock.provisional");
		assertThat(CLOCK.read(ClockFacts.receivedOn(d("2026-11-20")), d("2026-11-20")).provisional()).isFalse();
	}

	@Test
	void aFeeWaitWhosePaymentPeriodRunsIntoAYearWithoutANoticeMakesTheDeadlineProvisional() {
		// paid 2 Dec 2026; the 20 working days to pay from 1 Dec would end on 29 Dec
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-20"))
			.withPause(new Pause(PauseKind.FEE_PAYMENT, d("2026-12-01"), d("2026-12-02")));
		ClockReading reading = CLOCK.read(facts, d("2026-11-20"));
		assertThat(reading.due()).isEqualTo(d("2026-12-21"));
		assertThat(reading.provisional()).isTrue();
	}

	@Test
	void anUnpaidFeePausesTwentyWorkingDaysAndAnUnansweredConsultationFifteen() {
		ClockFacts fee = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.FEE_PAYMENT, d("2026-11-04"), null));
		ClockFacts consultation = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-04"), null));
		assertThat(CLOCK.read(fee, d("2026-11-02")).due()).isEqualTo(d("2026-12-28"));
		assertThat(CLOCK.read(consultation, d("2026-11-02")).due()).isEqualTo(d("2026-12-21"));
		assertThat(CLOCK.read(fee, d("2026-11-02")).steps()).extracting(ClockReading.Step::arguments)
			.contains(java.util.List.of(d("2026-11-04"), d("2026-12-02"), 20));
	}

	@Test
	void anAnswerOnTheLastDayOfTheConsultationPeriodEndsThePauseThatDay() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-04"), d("2026-11-25")));
		ClockReading reading = CLOCK.read(facts, d("2026-11-02"));
		assertThat(reading.due()).isEqualTo(d("2026-12-21"));
		assertThat(reading.steps()).extracting(ClockReading.Step::key)
			.contains("request.clock.pause.AGENCY_CONSULTATION")
			.doesNotContain("request.clock.pause-open.AGENCY_CONSULTATION");
	}

	@Test
	void anAnswerDatedBeforeTheLetterPausesNothing() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-04"), d("2026-11-03")));
		ClockReading reading = CLOCK.read(facts, d("2026-11-02"));
		assertThat(reading.due()).isEqualTo(d("2026-11-30"));
		assertThat(reading.steps()).extracting(ClockReading.Step::arguments)
			.contains(java.util.List.of(d("2026-11-04"), d("2026-11-04"), 15));
		assertThat(reading.steps()).extracting(ClockReading.Step::key).doesNotContain("request.clock.paused-total");
	}

	@Test
	void daysUsedAndPausedCountUpToAndIncludingTheDayAsked() {
		// letter 4 Nov, answer 6 Nov: 3 and 4 Nov used, 5 Nov paused as of 5 Nov
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-04"), d("2026-11-06")));
		ClockReading reading = CLOCK.read(facts, d("2026-11-05"));
		assertThat(reading.daysUsed()).isEqualTo(2);
		assertThat(reading.daysPaused()).isEqualTo(1);
		assertThat(reading.due()).isEqualTo(d("2026-12-02"));
		assertThat(reading.steps()).contains(new ClockReading.Step("request.clock.paused-total", java.util.List.of(2)));
	}

	@Test
	void aPauseStillAheadIsExplainedBeforeItsDaysAreUsed() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withPause(new Pause(PauseKind.AGENCY_CONSULTATION, d("2026-11-04"), d("2026-11-06")));
		ClockReading reading = CLOCK.read(facts, d("2026-11-02"));
		assertThat(reading.daysPaused()).isZero();
		assertThat(reading.steps()).contains(new ClockReading.Step("request.clock.paused-total", java.util.List.of(2)));
	}

	@Test
	void theDueDayItselfIsStillRunningAndTheExtensionStepNamesTheOriginalDueDate() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02")).withExtension();
		ClockReading reading = CLOCK.read(facts, d("2026-12-28"));
		assertThat(reading.state()).isEqualTo(ClockState.RUNNING);
		assertThat(reading.countsFrom()).isEqualTo(d("2026-11-02"));
		assertThat(reading.daysUsed()).isEqualTo(40);
		assertThat(reading.steps()).contains(
				new ClockReading.Step("request.clock.extended", java.util.List.of(20, d("2026-11-30"))),
				new ClockReading.Step("request.clock.due", java.util.List.of(d("2026-12-28"), 40)));
		assertThat(CLOCK.read(facts, d("2026-12-29")).state()).isEqualTo(ClockState.OVERDUE);
	}

	@Test
	void whileACorrectionIsAwaitedTheReadingStillNamesTheCorrectionNoticeDeadline() {
		ClockFacts facts = ClockFacts.receivedOn(d("2026-02-10"))
			.withCorrection(d("2026-02-12"), d("2026-03-13"), null);
		ClockReading awaiting = CLOCK.read(facts, d("2026-03-13"));
		assertThat(awaiting.correctionNoticeDue()).isEqualTo(d("2026-02-26"));
		assertThat(awaiting.countsFrom()).isNull();
		assertThat(awaiting.steps()).extracting(ClockReading.Step::key)
			.containsExactly("request.clock.received", "request.clock.correction-requested",
					"request.clock.awaiting-correction");
		ClockReading lapsed = CLOCK.read(facts, d("2026-03-14"));
		assertThat(lapsed.due()).isNull();
		assertThat(lapsed.steps()).extracting(ClockReading.Step::key).endsWith("request.clock.correction-lapsed");
	}

	@Test
	void anUnconfirmedApplicationIsExplainedAsAwaitingConfirmation() {
		ClockReading reading = CLOCK.read(ClockFacts.receivedOn(null), d("2026-11-02"));
		assertThat(reading.correctionNoticeDue()).isNull();
		assertThat(reading.provisional()).isFalse();
		assertThat(reading.steps()).extracting(ClockReading.Step::key)
			.containsExactly("request.clock.awaiting-confirmation");
	}

	@Test
	void factsKeepWhatWasRecordedBeforeInWhicheverOrder() {
		Pause pause = new Pause(PauseKind.FEE_PAYMENT, d("2026-11-04"), null);
		ClockFacts facts = ClockFacts.receivedOn(d("2026-11-02"))
			.withExtension()
			.withPause(pause)
			.withCorrection(d("2026-11-03"), d("2026-11-10"), d("2026-11-05"));
		assertThat(facts.extended()).isTrue();
		assertThat(facts.pauses()).containsExactly(pause);
		assertThat(facts.withExtension().pauses()).containsExactly(pause);
		assertThat(facts.withPause(pause).correctionReceivedOn()).isEqualTo(d("2026-11-05"));
	}

}
