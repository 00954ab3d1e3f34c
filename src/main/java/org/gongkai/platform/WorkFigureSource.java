package org.gongkai.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's figures of one agency's disclosure work over a span of days: what the work
 * summary (政务公开工作总结) and the annual report's section 一 (总体情况) quote, counted from the
 * module's own records, so that the summary, the report and the records never disagree.
 * The summary collects every bean of this type; no module needs to know the summary. Each
 * figure names the back-office list that shows the records it counts, so that a reader
 * can check it by hand.
 * <p>
 * Implementations are system readings: they need no signed-in user (the caller checks who
 * may see the result) and must count the agency itself only, not the agencies under it.
 */
public interface WorkFigureSource {

	/**
	 * The figures of an agency for the days from {@code from} to {@code to}, both
	 * included; empty when the module has nothing to say of this agency (a module that
	 * does not apply to its level). Zero counts are figures too and are returned.
	 */
	List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to);

}
