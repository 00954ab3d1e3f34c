package org.gongkai.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * The timeliness of the items of the agencies a user may see, on one day.
 *
 * @param today the day it was computed for (the platform's time zone)
 * @param late published items that were published after their due date
 * @param atRisk unpublished items due within 5 working days (today included)
 * @param overdue unpublished items past their due date
 */
public record TimelinessReport(LocalDate today, List<TimelinessEntry> late, List<TimelinessEntry> atRisk,
		List<TimelinessEntry> overdue) {

}
