package org.gongkai.worksummary;

import java.time.Instant;
import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * A work summary as its page and documents show it.
 *
 * @param title 「XX镇2026年政务公开工作总结」
 * @param figures the snapshot's figures in order, with labels and values in words
 * @param prompts the prompts left in the narrative (finalising needs none)
 * @param unfinished the parts (work, problems, plans) still blank or holding a prompt
 */
public record SummaryView(long id, AgencySummary agency, String period, String periodLabel, String title,
		SummaryState state, String work, String problems, String plans, List<FigureLine> figures, Instant draftedAt,
		String draftedBy, Instant figuresAt, Instant finalisedAt, String finalisedBy, List<String> prompts,
		List<String> unfinished, boolean mayEdit, boolean mayFinalise) {

	public boolean draft() {
		return this.state == SummaryState.DRAFT;
	}

}
