package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.request.rules.ClockReading.ClockState;

/**
 * The back office's case dashboard: how many visible cases each view holds, and the rows
 * of the selected view, newest first.
 *
 * @param view the selected view
 * @param counts the number of cases in every view
 * @param rows the cases of the selected view on the selected page
 * @param total the number of cases in the selected view
 * @param page the page shown, from 0
 * @param size the page size
 */
public record Dashboard(DashboardView view, Map<DashboardView, Long> counts, List<Row> rows, long total, int page,
		int size) {

	public Dashboard {
		counts = Map.copyOf(counts);
		rows = List.copyOf(rows);
	}

	/** The number of pages (at least 1). */
	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	/** The number of cases in a view. */
	public long count(DashboardView of) {
		return this.counts.getOrDefault(of, 0L);
	}

	/**
	 * One case on the dashboard.
	 *
	 * @param receivedOn the receipt date, or {@code null} while awaiting confirmation
	 * @param due the due date as of today, or {@code null} while the clock does not run
	 * @param provisional whether the due date depends on a holiday notice not loaded yet
	 * @param clockState where the clock stands as of today
	 * @param inConsultation whether a consultation awaits its answer
	 * @param agencyId the agency the case was made to
	 */
	public record Row(long id, String trackingNo, ApplicantType applicantType, LocalDate receivedOn, LocalDate due,
			boolean provisional, CaseStatus status, ClockState clockState, boolean inConsultation, long agencyId) {

	}

}
