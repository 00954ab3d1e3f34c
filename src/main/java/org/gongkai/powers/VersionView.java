package org.gongkai.powers;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of an agency's power list: the working copy ({@code number} null) or a
 * published version.
 *
 * @param id its id
 * @param agencyId the agency
 * @param number its number (第N版), or {@code null} for the working copy
 * @param status where it stands
 * @param publishedOn its publication date, or {@code null}
 * @param remark the clerk's note on the revision, or empty
 * @param reviewNote the reviewer's note when returned, or {@code null}
 * @param powers its powers in their order
 * @param changes what it changes against the version before (for the working copy: the
 * current version)
 */
public record VersionView(long id, long agencyId, Integer number, ListStatus status, LocalDate publishedOn,
		String remark, String reviewNote, List<PowerView> powers, ChangeNote changes) {

	/** The powers of one type, in their order. */
	public List<PowerView> ofType(PowerType type) {
		return this.powers.stream().filter((p) -> p.type() == type).toList();
	}

	/** The types that have powers, in the enum's order. */
	public List<PowerType> types() {
		return java.util.Arrays.stream(PowerType.values()).filter((t) -> !ofType(t).isEmpty()).toList();
	}

}
