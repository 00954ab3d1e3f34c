package org.gongkai.mailbox.consultation;

import java.time.LocalDate;

/**
 * What the back office's consultation list is narrowed to; a {@code null} or blank part
 * is no filter.
 *
 * @param stage where the comment period stands today
 * @param agencyId one of the agencies the user may see
 * @param text part of the title
 * @param from the earliest opening day
 * @param to the latest opening day
 */
public record ConsultationFilter(Stage stage, Long agencyId, String text, LocalDate from, LocalDate to) {

	/** Where a consultation's comment period stands on a day. */
	public enum Stage {

		/** Opens later. */
		UPCOMING,

		/** Takes comments today. */
		OPEN,

		/** The period is over. */
		CLOSED,

		/** The period is over and the use of comments is not yet published. */
		SUMMARY_MISSING

	}

}
