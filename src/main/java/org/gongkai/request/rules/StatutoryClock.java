package org.gongkai.request.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.rules.ClockFacts.Pause;
import org.gongkai.request.rules.ClockReading.ClockState;
import org.gongkai.request.rules.ClockReading.Step;

/**
 * The statutory clock of an application (docs/legal-rules.md, Working days and the
 * holiday calendar; Disclosure on request). Plain Java: given the recorded facts, a
 * calendar snapshot and a day, it derives the due date and how it was reached. Nothing
 * here is stored; a case keeps its facts and recomputes, so a newly loaded holiday notice
 * moves every open deadline.
 */
public final class StatutoryClock {

	/** Regulations art. 33: answer within 20 working days of receipt. */
	public static final int ANSWER_DAYS = 20;

	/** Regulations art. 33: the extension adds at most 20 working days. */
	public static final int EXTENSION_DAYS = 20;

	/**
	 * Regulations art. 30: the correction notice goes out within 7 working days of
	 * receipt.
	 */
	public static final int CORRECTION_NOTICE_DAYS = 7;

	/**
	 * Regulations arts. 32 and 34: a consulted third party or agency has 15 working days.
	 */
	public static final int CONSULTATION_DAYS = 15;

	/** 国办函〔2020〕109号: the fee is due within 20 working days of receiving the notice. */
	public static final int FEE_PAYMENT_DAYS = 20;

	/** A guard: no real case needs more calendar days than this to reach its deadline. */
	private static final int MAX_CALENDAR_DAYS = 3660;

	private final WorkingDayRules calendar;

	/**
	 * @param calendar the working-day rules to count with (one snapshot for the whole
	 * computation)
	 */
	public StatutoryClock(WorkingDayRules calendar) {
		this.calendar = calendar;
	}

	/**
	 * Reads the clock as of {@code today}.
	 * @param facts the case's recorded facts
	 * @param today the day asked about (days used and paused count up to and including
	 * it)
	 * @return the reading, with its explanation
	 */
	public ClockReading read(ClockFacts facts, LocalDate today) {
		List<Step> steps = new ArrayList<>();
		if (facts.receivedOn() == null) {
			steps.add(Step.of("request.clock.awaiting-confirmation"));
			return new ClockReading(ClockState.AWAITING_CONFIRMATION, null, null, null, false, 0, 0, null, steps);
		}
		// Regulations art. 31: the receipt date; art. 201 Civil Code: counting starts the
		// next day.
		steps.add(Step.of("request.clock.received", facts.receivedOn()));
		LocalDate correctionNoticeDue = this.calendar.deadline(facts.receivedOn(), CORRECTION_NOTICE_DAYS).due();
		LocalDate countsFrom = facts.receivedOn();
		if (facts.correctionRequestedOn() != null) {
			steps.add(Step.of("request.clock.correction-requested", facts.correctionRequestedOn(),
					facts.correctionPeriodEndsOn()));
			if (facts.correctionReceivedOn() == null) {
				// Regulations art. 30: no correction in the period set means the
				// application is abandoned.
				boolean lapsed = UncorrectedApplication.deemedAbandoned(facts.correctionRequestedOn(),
						facts.correctionPeriodEndsOn(), facts.correctionReceivedOn(), today);
				steps.add(Step.of(lapsed ? "request.clock.correction-lapsed" : "request.clock.awaiting-correction"));
				return new ClockReading(lapsed ? ClockState.CORRECTION_LAPSED : ClockState.AWAITING_CORRECTION, null,
						null, null, false, 0, 0, correctionNoticeDue, steps);
			}
			// Regulations art. 30: the 20 days run from receipt of the corrected
			// application.
			countsFrom = facts.correctionReceivedOn();
			steps.add(Step.of("request.clock.correction-received", countsFrom));
		}
		List<PausedSpan> spans = new ArrayList<>();
		for (Pause pause : facts.pauses()) {
			spans.add(span(pause, steps));
		}
		Count original = count(countsFrom, ANSWER_DAYS, spans, today);
		Count count = original;
		if (facts.extended()) {
			count = count(countsFrom, ANSWER_DAYS + EXTENSION_DAYS, spans, today);
			steps.add(Step.of("request.clock.extended", EXTENSION_DAYS, original.due));
		}
		if (count.paused > 0 || count.pausedToDate > 0) {
			steps.add(Step.of("request.clock.paused-total", count.paused));
		}
		int total = ANSWER_DAYS + (facts.extended() ? EXTENSION_DAYS : 0);
		steps.add(Step.of("request.clock.due", count.due, total));
		boolean provisional = count.provisional || spans.stream().anyMatch((s) -> s.provisional);
		if (provisional) {
			steps.add(Step.of("request.clock.provisional"));
		}
		ClockState state = today.isAfter(count.due) ? ClockState.OVERDUE : ClockState.RUNNING;
		return new ClockReading(state, countsFrom, count.due, original.due, provisional, count.usedToDate,
				count.pausedToDate, correctionNoticeDue, steps);
	}

	/**
	 * The stretch of a pause: after the day it started, up to and including the day the
	 * answer or payment came, but never past the day the waiting period ends
	 * (docs/legal-rules.md, Consultation and paused time).
	 */
	private PausedSpan span(Pause pause, List<Step> steps) {
		int limit = (pause.kind() == ClockFacts.PauseKind.FEE_PAYMENT) ? FEE_PAYMENT_DAYS : CONSULTATION_DAYS;
		DueDate expiry = this.calendar.deadline(pause.startedOn(), limit);
		LocalDate end = expiry.due();
		String key = "request.clock.pause-open." + pause.kind().name();
		if (pause.endedOn() != null && !pause.endedOn().isAfter(end)) {
			end = pause.endedOn().isBefore(pause.startedOn()) ? pause.startedOn() : pause.endedOn();
			key = "request.clock.pause." + pause.kind().name();
		}
		steps.add(Step.of(key, pause.startedOn(), end, limit));
		return new PausedSpan(pause.startedOn(), end, expiry.provisional());
	}

	private Count count(LocalDate from, int workingDays, List<PausedSpan> spans, LocalDate today) {
		Count result = new Count();
		LocalDate day = from;
		int counted = 0;
		int guard = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (++guard > MAX_CALENDAR_DAYS) {
				throw new IllegalStateException("Deadline beyond " + MAX_CALENDAR_DAYS + " days from " + from);
			}
			result.provisional |= !this.calendar.isSettled(day);
			if (!this.calendar.isWorkingDay(day)) {
				continue;
			}
			boolean paused = isPaused(day, spans);
			if (paused) {
				result.paused++;
			}
			else {
				counted++;
			}
			if (!day.isAfter(today)) {
				if (paused) {
					result.pausedToDate++;
				}
				else {
					result.usedToDate++;
				}
			}
		}
		result.due = day;
		return result;
	}

	private static boolean isPaused(LocalDate day, List<PausedSpan> spans) {
		for (PausedSpan span : spans) {
			if (day.isAfter(span.after) && !day.isAfter(span.through)) {
				return true;
			}
		}
		return false;
	}

	private record PausedSpan(LocalDate after, LocalDate through, boolean provisional) {

	}

	private static final class Count {

		LocalDate due;

		boolean provisional;

		int paused;

		int usedToDate;

		int pausedToDate;

	}

}
