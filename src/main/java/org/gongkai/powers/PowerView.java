package org.gongkai.powers;

/**
 * A power of a list version.
 *
 * @param key the key it keeps across versions
 * @param type its type
 * @param code the province's item code, or empty
 * @param name its name
 * @param legalBasis its legal basis
 * @param unit the unit that exercises it
 * @param process how it is handled, or empty
 * @param duties the duties it carries
 * @param accountability when someone is held accountable
 * @param supervision how it is supervised, or empty
 * @param phone the supervision phone
 */
public record PowerView(String key, PowerType type, String code, String name, String legalBasis, String unit,
		String process, String duties, String accountability, String supervision, String phone) {

	/** The input a form starts from when editing it. */
	public PowerInput input() {
		return new PowerInput(this.type.name(), this.code, this.name, this.legalBasis, this.unit, this.process,
				this.duties, this.accountability, this.supervision, this.phone);
	}

}
