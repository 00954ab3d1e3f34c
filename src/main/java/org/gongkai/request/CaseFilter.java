package org.gongkai.request;

import java.time.LocalDate;

/**
 * What the back office's case list narrows to besides its view. Every field may be
 * {@code null} (no filter).
 *
 * @param view the dashboard view, {@code null} for {@link DashboardView#ALL}
 * @param agencyId only this agency's cases (ignored unless the user may see it)
 * @param text a part of the tracking number or of what was asked for, ignoring case
 * @param from submitted on or after this day (the platform's time zone)
 * @param to submitted on or before this day
 */
public record CaseFilter(DashboardView view, Long agencyId, String text, LocalDate from, LocalDate to) {

	/** Only a view. */
	public static CaseFilter of(DashboardView view) {
		return new CaseFilter(view, null, null, null, null);
	}

}
