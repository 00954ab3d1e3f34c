package org.gongkai.inspection;

import java.time.Instant;
import java.util.List;

/**
 * One run of the checks for one agency.
 *
 * @param id the run's id
 * @param agency the agency's credit code
 * @param agencyId the agency's id
 * @param agencyName the agency's name
 * @param ranAt when it ran
 * @param trigger {@code MANUAL} or {@code SCHEDULE}
 * @param findings the findings, vetoes first
 */
public record InspectionReport(long id, String agency, long agencyId, String agencyName, Instant ranAt, String trigger,
		List<InspectionFinding> findings) {

	/** How many findings are vetoes. */
	public long vetoes() {
		return this.findings.stream().filter(InspectionFinding::veto).count();
	}

}
