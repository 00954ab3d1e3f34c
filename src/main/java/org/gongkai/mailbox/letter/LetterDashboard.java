package org.gongkai.mailbox.letter;

import java.util.List;
import java.util.Map;

/** The counts of every list and the rows of the selected one, newest first. */
public record LetterDashboard(LetterList list, Map<LetterList, Long> counts, List<LetterSummary> rows) {

	public LetterDashboard {
		counts = Map.copyOf(counts);
		rows = List.copyOf(rows);
	}

	public long count(LetterList of) {
		return this.counts.getOrDefault(of, 0L);
	}

}
