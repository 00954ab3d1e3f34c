package org.gongkai.request.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What moves a case's clock, as recorded on the case. Dates are legal dates in the
 * platform's time zone.
 *
 * @param receivedOn the receipt date by the art. 31 rules, or {@code null} while an
 * online or fax application awaits the office's confirmation
 * @param correctionRequestedOn the day the correction notice (补正通知) was given, or
 * {@code null}
 * @param correctionPeriodEndsOn the last day the notice allows for the correction, or
 * {@code null}
 * @param correctionReceivedOn the day the corrected application arrived, or {@code null}
 * @param extended whether the head of the office approved the art. 33 extension
 * @param pauses consultations and fee waits that stop the count
 */
public record ClockFacts(LocalDate receivedOn, LocalDate correctionRequestedOn, LocalDate correctionPeriodEndsOn,
		LocalDate correctionReceivedOn, boolean extended, List<Pause> pauses) {

	public ClockFacts {
		pauses = List.copyOf(pauses);
	}

	/** An application received on {@code day}, nothing else yet. */
	public static ClockFacts receivedOn(LocalDate day) {
		return new ClockFacts(day, null, null, null, false, List.of());
	}

	public ClockFacts withCorrection(LocalDate requestedOn, LocalDate periodEndsOn, LocalDate receivedOn) {
		return new ClockFacts(this.receivedOn, requestedOn, periodEndsOn, receivedOn, this.extended, this.pauses);
	}

	public ClockFacts withExtension() {
		return new ClockFacts(this.receivedOn, this.correctionRequestedOn, this.correctionPeriodEndsOn,
				this.correctionReceivedOn, true, this.pauses);
	}

	public ClockFacts withPause(Pause pause) {
		List<Pause> more = new java.util.ArrayList<>(this.pauses);
		more.add(pause);
		return new ClockFacts(this.receivedOn, this.correctionRequestedOn, this.correctionPeriodEndsOn,
				this.correctionReceivedOn, this.extended, more);
	}

	/**
	 * A stretch during which the answer clock stands still.
	 *
	 * @param kind why
	 * @param startedOn the day the consultation letter was sent or the fee notice was
	 * received
	 * @param endedOn the day the answer came or the fee was paid; {@code null} while
	 * waiting
	 */
	public record Pause(PauseKind kind, LocalDate startedOn, LocalDate endedOn) {

	}

	/** Why the clock stands still. */
	public enum PauseKind {

		/** Regulations art. 32: a third party has 15 working days to give its view. */
		THIRD_PARTY_CONSULTATION,

		/**
		 * Regulations art. 34: another agency that made the information has 15 working
		 * days.
		 */
		AGENCY_CONSULTATION,

		/**
		 * 国办函〔2020〕109号: waiting for the information-processing fee, 20 working days
		 * after the notice is received (policy, default on: docs/legal-rules.md,
		 * Consultation and paused time).
		 */
		FEE_PAYMENT

	}

}
