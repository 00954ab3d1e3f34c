package org.gongkai.request;

import java.util.EnumMap;
import java.util.Map;

/**
 * Table 四 of the annual report for some agencies and one year: reconsiderations and
 * lawsuits filed in that year (the platform's time zone), by kind and result as recorded
 * now.
 *
 * @param year the calendar year of filing
 * @param counts per kind, per result, the number of appeals (every cell present, zero
 * when none)
 */
public record AppealCounts(int year, Map<AppealKind, Map<AppealResult, Long>> counts) {

	public AppealCounts {
		Map<AppealKind, Map<AppealResult, Long>> copy = new EnumMap<>(AppealKind.class);
		for (AppealKind kind : AppealKind.values()) {
			Map<AppealResult, Long> row = new EnumMap<>(AppealResult.class);
			for (AppealResult result : AppealResult.values()) {
				Map<AppealResult, Long> given = (counts != null) ? counts.get(kind) : null;
				row.put(result, (given != null) ? given.getOrDefault(result, 0L) : 0L);
			}
			copy.put(kind, Map.copyOf(row));
		}
		counts = Map.copyOf(copy);
	}

	/** The number of appeals of {@code kind} with {@code result}. */
	public long count(AppealKind kind, AppealResult result) {
		return this.counts.get(kind).get(result);
	}

	/** The total of a kind (table 四's 总计 column of that kind). */
	public long total(AppealKind kind) {
		return this.counts.get(kind).values().stream().mapToLong(Long::longValue).sum();
	}

}
