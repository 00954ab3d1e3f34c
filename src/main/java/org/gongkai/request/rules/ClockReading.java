package org.gongkai.request.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's clock as of a day, with the explanation a case page shows line by line.
 *
 * @param state where the clock stands
 * @param countsFrom the day the 20 working days count from (not itself counted), or
 * {@code null}
 * @param due the answer deadline, or {@code null} while the clock cannot run (awaiting
 * confirmation or correction)
 * @param originalDue the deadline without the extension: an extension must be decided by
 * then
 * @param provisional whether a counted day lies where the holiday notice is not loaded
 * yet
 * @param daysUsed working days counted up to the day asked about
 * @param daysPaused working days not counted because of a pause, up to the day asked
 * about
 * @param correctionNoticeDue the last day to send a correction notice (art. 30: 7 working
 * days), or {@code null} before receipt
 * @param steps how the deadline was computed, in order
 */
public record ClockReading(ClockState state, LocalDate countsFrom, LocalDate due, LocalDate originalDue,
		boolean provisional, int daysUsed, int daysPaused, LocalDate correctionNoticeDue, List<Step> steps) {

	public ClockReading {
		steps = List.copyOf(steps);
	}

	/**
	 * One line of the explanation: a message key (rendered in Chinese from the request
	 * messages) and its arguments.
	 */
	public record Step(String key, List<Object> arguments) {

		public Step {
			arguments = List.copyOf(arguments);
		}

		static Step of(String key, Object... arguments) {
			return new Step(key, List.of(arguments));
		}

	}

	/** Where a case's clock stands. */
	public enum ClockState {

		/**
		 * Online or fax application not yet confirmed by the office (art. 31): no clock
		 * yet.
		 */
		AWAITING_CONFIRMATION,

		/**
		 * Correction notice given, corrected application not yet received (art. 30): no
		 * clock.
		 */
		AWAITING_CORRECTION,

		/**
		 * The correction period ended without a correction: deemed abandoned (art. 30).
		 */
		CORRECTION_LAPSED,

		/** Running (possibly paused) towards the due date. */
		RUNNING,

		/** Past the due date without an answer. */
		OVERDUE

	}

}
