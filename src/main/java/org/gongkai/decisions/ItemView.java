package org.gongkai.decisions;

import java.util.List;

/**
 * An item of a catalogue with its stages in the legal order.
 *
 * @param subKind the 三重一大 kind, or {@code null} for a major decision
 * @param status the item's own review state (an item added after the catalogue was
 * published is reviewed on its own)
 * @param progress how far the decision has come
 * @param addedLater whether it was added after the catalogue was published (调入)
 * @param adjusted whether a published adjustment concerns it
 */
public record ItemView(long id, long catalogueId, long agencyId, int year, String title, DecisionKind kind,
		CollectiveKind subKind, String unit, String plannedTime, String legalBasis, ReviewState status,
		Progress progress, boolean addedLater, String additionReason, boolean removed, boolean adjusted,
		String reviewNote, List<StageView> stages) {

	/**
	 * The item's recorded stage of this kind (the first, for implementation), or null.
	 */
	public StageView stage(DecisionStage stage) {
		return this.stages.stream().filter((s) -> s.stage() == stage).findFirst().orElse(null);
	}

	/** The item's recorded stages of this kind (several only for implementation). */
	public List<StageView> stagesOf(DecisionStage stage) {
		return this.stages.stream().filter((s) -> s.stage() == stage).toList();
	}

	/** Every implementation report, oldest first. */
	public List<StageView> implementation() {
		return this.stages.stream().filter((s) -> s.stage() == DecisionStage.IMPLEMENTATION).toList();
	}

}
