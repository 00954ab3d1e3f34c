package org.gongkai.powers.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which power of the list an imported row continues, so that a list replaced by an import
 * still shows what changed rather than everything removed and added: a row with a code
 * continues the power with that code; a row without one (or whose code is new) continues
 * the power of the same type and name; each power is continued at most once, by the first
 * row that matches it. A row that continues none is a new power.
 */
public final class ImportMatching {

	private ImportMatching() {
	}

	/**
	 * A power as the matching sees it.
	 *
	 * @param key its key ({@code null} for an imported row)
	 * @param code its code, or empty
	 * @param type its type
	 * @param name its name
	 */
	public record Power(String key, String code, String type, String name) {

	}

	/**
	 * For each row, the key of the power it continues, or {@code null} for a new power.
	 */
	public static List<String> keys(List<Power> existing, List<Power> rows) {
		Set<String> used = new HashSet<>();
		List<String> keys = new ArrayList<>();
		for (Power row : rows) {
			String key = null;
			if (!blank(row.code())) {
				key = find(existing, used, row, true);
			}
			if (key == null) {
				key = find(existing, used, row, false);
			}
			if (key != null) {
				used.add(key);
			}
			keys.add(key);
		}
		return keys;
	}

	private static String find(List<Power> existing, Set<String> used, Power row, boolean byCode) {
		for (Power power : existing) {
			if (used.contains(power.key())) {
				continue;
			}
			boolean match = byCode ? row.code().strip().equals(nonNull(power.code()).strip())
					: row.type().equals(power.type()) && row.name().strip().equals(power.name().strip());
			if (match) {
				return power.key();
			}
		}
		return null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String nonNull(String text) {
		return (text == null) ? "" : text;
	}

}
