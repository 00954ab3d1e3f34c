package org.gongkai.worksummary;

import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * The disclosure office's side-by-side view of a period: every agency it oversees as a
 * row with its summary's state and its main figures (those of the drafted summary, or
 * counted now where none is drafted), the main figures' labels as columns.
 */
public record CountyTable(String period, String periodLabel, List<String> keys, List<String> labels, List<Row> rows) {

	/**
	 * @param summaryId the drafted summary, or {@code null}
	 * @param state its state, or {@code null} when none is drafted
	 * @param values the main figures in the columns' order ({@code —} where the agency
	 * has none)
	 */
	public record Row(AgencySummary agency, Long summaryId, SummaryState state, List<String> values) {

	}

}
