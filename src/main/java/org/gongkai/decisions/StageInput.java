package org.gongkai.decisions;

/**
 * A stage as typed in the form.
 *
 * @param stage a {@link DecisionStage} name
 * @param heldOn the day held, {@code yyyy-MM-dd} (the comment period's first day)
 * @param endsOn the comment period's last day, for public participation
 * @param consultationId the id of one of the agency's draft consultations, or empty; its
 * period replaces the typed one
 * @param disclose whether the summary and attachment are disclosed, or only the date
 */
public record StageInput(String stage, String heldOn, String endsOn, boolean skipped, String skipReason, String summary,
		String shortReason, String consultationId, boolean disclose) {

}
