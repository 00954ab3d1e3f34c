package org.gongkai.inspection;

import java.time.Instant;

import org.gongkai.agency.AgencySummary;

/**
 * An agency in the county's ranking.
 *
 * @param agency the agency
 * @param lastRun when it was last inspected, or {@code null} if never
 * @param vetoes the vetoes of its latest run
 * @param findings the findings of its latest run
 * @param openTasks its open rectification tasks
 * @param overdueTasks those of them past their deadline
 */
public record AgencyStanding(AgencySummary agency, Instant lastRun, int vetoes, int findings, int openTasks,
		int overdueTasks) {

}
