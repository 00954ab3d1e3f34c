package org.gongkai.village;

import java.util.List;

import org.gongkai.agency.AgencySummary;
import org.gongkai.publication.PublicationSummary;

/**
 * One village in the township's view.
 *
 * @param village the village or community
 * @param township its township
 * @param due what the periodic columns owe for the due period
 * @param thisPeriod what it published in the current period, newest first
 * @param yearCount how many items it published in the year shown (first publication date)
 */
public record VillageStatus(AgencySummary village, AgencySummary township, List<DuePosting> due,
		List<PublicationSummary> thisPeriod, long yearCount) {

	/** Whether every periodic column has its posting for the due period published. */
	public boolean complete() {
		return this.due.stream().allMatch((d) -> d.state() == DuePosting.State.POSTED);
	}

}
