package org.gongkai.mailbox;

import java.time.LocalDate;

/**
 * A consultation on a draft as other modules see it; its public page is
 * {@code /agencies/{creditCode}/consultations/{id}} once it has opened.
 *
 * @param summary how the comments were used (采纳情况), or {@code null} until published
 * @param summaryPublishedOn when that was published, or {@code null}
 */
public record ConsultationSummary(long id, long agencyId, String title, LocalDate opensOn, LocalDate closesOn,
		String summary, LocalDate summaryPublishedOn) {

}
