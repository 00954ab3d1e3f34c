package org.gongkai.powers;

import java.util.List;

/**
 * What a version changed against the one before it, computed by comparing them: the
 * powers added, changed (with the fields, as {@code powers.field.<name>} labels) and
 * removed, by name. {@code first} when there is no version before.
 *
 * @param first whether this is the first version
 * @param previousNumber the number of the version compared with, or {@code null}
 * @param added the names of the powers added
 * @param changed the powers changed
 * @param removed the names of the powers removed
 */
public record ChangeNote(boolean first, Integer previousNumber, List<String> added, List<ChangedPower> changed,
		List<String> removed) {

	/**
	 * A power that changed.
	 *
	 * @param name its name now
	 * @param previousName its name before (the same unless renamed)
	 * @param fields the fields that differ ({@code type}, {@code code}, {@code name},
	 * {@code legalBasis}, {@code unit}, {@code process}, {@code duties},
	 * {@code accountability}, {@code supervision}, {@code phone})
	 */
	public record ChangedPower(String name, String previousName, List<String> fields) {

		/** Whether it was renamed. */
		public boolean renamed() {
			return !this.name.equals(this.previousName);
		}

	}

	/** Whether nothing differs from the version before (never for a first version). */
	public boolean none() {
		return !this.first && this.added.isEmpty() && this.changed.isEmpty() && this.removed.isEmpty();
	}

}
