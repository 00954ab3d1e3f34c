package org.gongkai.mailbox.consultation;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;

import org.springframework.stereotype.Component;

/**
 * The demo county's consultations and comments, with their dates; called only through
 * {@link org.gongkai.mailbox.DemoInteractionRecords}, which refuses outside demo mode and
 * holds the transaction. Each row gets one audit entry by {@code system}.
 */
@Component
public class DemoConsultations {

	private final DraftConsultations consultations;

	private final DraftComments comments;

	private final AuditLog audit;

	DemoConsultations(DraftConsultations consultations, DraftComments comments, AuditLog audit) {
		this.consultations = consultations;
		this.comments = comments;
		this.audit = audit;
	}

	/** Records a consultation, with how its comments were used if a summary is given. */
	public long consultation(long agencyId, String title, String draft, LocalDate opensOn, LocalDate closesOn,
			Instant createdAt, String summary, LocalDate summaryOn) {
		DraftConsultation consultation = this.consultations
			.save(new DraftConsultation(agencyId, title, draft, opensOn, closesOn, createdAt));
		if (summary != null) {
			consultation.publishSummary(summary, summaryOn);
		}
		record("mailbox.demo-consultation", "DraftConsultation", consultation.id(), agencyId,
				consultation.auditSummary());
		return consultation.id();
	}

	/** Records a published comment. */
	public void publishedComment(long agencyId, long consultationId, String writerName, String text, Instant at) {
		DraftComment comment = new DraftComment(consultationId, writerName, text, false, at);
		comment.moderate(CommentStatus.PUBLISHED);
		comment = this.comments.save(comment);
		record("mailbox.demo-comment", "DraftComment", comment.id(), agencyId, "status=PUBLISHED");
	}

	private void record(String action, String type, Object id, long agencyId, String after) {
		this.audit.record(AuditRecord.of(action, type, id).withAgency(agencyId).withActor("system").withAfter(after));
	}

}
