package org.gongkai.mailbox.consultation;

import java.time.LocalDate;

/**
 * A consultation on a draft.
 *
 * @param open whether comments are taken today
 * @param summaryMissing whether the period is over and the use of comments (采纳情况) is not
 * yet published
 * @param pendingComments comments awaiting moderation
 * @param publishedComments comments shown on the portal
 */
public record ConsultationView(long id, long agencyId, String agencyName, String title, String draft, LocalDate opensOn,
		LocalDate closesOn, String summary, LocalDate summaryPublishedOn, boolean open, boolean closed,
		boolean summaryMissing, long pendingComments, long publishedComments) {

}
