package org.gongkai.decisions.rules;

import java.util.Collection;

import org.gongkai.decisions.Progress;

/**
 * How far an item has come, read from the stages recorded: removed from the catalogue,
 * implementing once an implementation report is recorded, decided once the decision is,
 * in progress once any stage is recorded or skipped, planned before.
 */
public final class ItemProgress {

	private ItemProgress() {
	}

	public static Progress of(boolean removed, Collection<StageFact> stages) {
		if (removed) {
			return Progress.REMOVED;
		}
		boolean decided = false;
		for (StageFact fact : stages) {
			switch (fact.stage()) {
				case IMPLEMENTATION -> {
					return Progress.IMPLEMENTING;
				}
				case DECISION -> decided = true;
				default -> {
				}
			}
		}
		if (decided) {
			return Progress.DECIDED;
		}
		return stages.isEmpty() ? Progress.PLANNED : Progress.IN_PROGRESS;
	}

}
