package org.gongkai.decisions;

import java.time.LocalDate;

import org.gongkai.mailbox.ConsultationSummary;

/**
 * A recorded stage. For the public a stage not to be disclosed shows only that it was
 * held and when: its summary, attachment and reasons are {@code null}.
 *
 * @param heldOn the day held (the first day of the comment period), {@code null} when
 * skipped
 * @param endsOn the comment period's last day, for public participation
 * @param commentDays the comment period in days, for public participation
 * @param consultation the draft consultation public participation went through, or
 * {@code null}
 * @param consultationOpened whether that consultation has opened (its public page exists)
 */
public record StageView(long id, long itemId, DecisionStage stage, LocalDate heldOn, LocalDate endsOn, Long commentDays,
		boolean skipped, String skipReason, String summary, String shortReason, ConsultationSummary consultation,
		boolean consultationOpened, String attachmentName, String attachmentType, Long attachmentSize, boolean disclose,
		ReviewState status, String reviewNote) {

	/** Whether an attachment is shown. */
	public boolean hasAttachment() {
		return this.attachmentName != null;
	}

}
