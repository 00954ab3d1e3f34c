package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.rules.ReportChecks;
import org.gongkai.platform.ForbiddenException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county disclosure office's roll-up of a year (docs/legal-rules.md, Annual report):
 * every agency below the offices the user staffs with its report's status, deadline,
 * failing checks and pending corrections, and the sum of their tables; villages and
 * communities are left out, as they owe no report ({@link ReportReading#owesReport}).
 */
@Service
public class ReportRollup {

	private final AnnualReports reports;

	private final ReportCorrections corrections;

	private final ReportCalculator calculator;

	private final AgencyManagement agencies;

	private final ReportAccess access;

	ReportRollup(AnnualReports reports, ReportCorrections corrections, ReportCalculator calculator,
			AgencyManagement agencies, ReportAccess access) {
		this.reports = reports;
		this.corrections = corrections;
		this.calculator = calculator;
		this.agencies = agencies;
		this.access = access;
	}

	/**
	 * The county disclosure office's view of {@code year}: every agency below each office
	 * the user staffs.
	 * @throws ForbiddenException unless the user is a disclosure office
	 */
	@Transactional(readOnly = true)
	public RollupView rollup(int year) {
		this.access.requireYear(year);
		StaffPrincipal me = AgencyAccess.current();
		Set<Long> ids = new LinkedHashSet<>();
		if (me != null) {
			for (Grant grant : me.grants()) {
				if (grant.role() == Role.DISCLOSURE_OFFICE && grant.agencyId() != null) {
					ids.addAll(this.agencies.selfAndDescendants(grant.agencyId()));
				}
			}
		}
		if (ids.isEmpty()) {
			throw new ForbiddenException("Disclosure office required for the roll-up");
		}
		return rollup(ids, year);
	}

	/**
	 * The roll-up of these agencies, without an access check (the bench and the service
	 * above).
	 */
	@Transactional(readOnly = true)
	public RollupView rollup(Collection<Long> agencyIds, int year) {
		List<AgencySummary> listed = this.agencies.all()
			.stream()
			.filter((a) -> agencyIds.contains(a.id()))
			.filter(ReportReading::owesReport)
			.toList();
		List<Long> ids = listed.stream().map(AgencySummary::id).toList();
		Map<Long, AnnualReport> byAgency = new HashMap<>();
		this.reports.findByAgencyIdInAndYear(ids, year).forEach((r) -> byAgency.put(r.agencyId(), r));
		Map<Long, AnnualReport> lastYear = new HashMap<>();
		this.reports.findByAgencyIdInAndYear(ids, year - 1).forEach((r) -> lastYear.put(r.agencyId(), r));
		Map<Long, Entries> entries = new HashMap<>();
		byAgency.forEach((id, r) -> entries.put(id, r.entries()));
		Map<Long, ReportFigures> computed = this.calculator.compute(ids, year, entries);
		List<RollupView.Row> rows = new ArrayList<>();
		ReportFigures total = ReportFigures.empty();
		LocalDate today = this.access.today();
		for (AgencySummary agency : listed) {
			AnnualReport report = byAgency.get(agency.id());
			ReportFigures now = computed.get(agency.id());
			boolean published = report != null && report.published();
			ReportFigures shown = published ? ReportCalculator.thaw(report.frozen()) : now;
			total = total.plus(shown);
			int failed = (int) ReportChecks
				.run(now.table3(), now.table4(), ReportChecking.prior(lastYear.get(agency.id()), report))
				.stream()
				.filter((f) -> !f.ok())
				.count();
			LocalDate due = ReportReading.dueOn(agency, year);
			LocalDate publishedOn = published ? report.publishedOn() : null;
			int pending = published ? this.corrections.pending(report).size() : 0;
			rows.add(new RollupView.Row(agency, (report != null) ? report.status() : ReportStatus.NOT_STARTED, due,
					publishedOn, published && publishedOn.isAfter(due), !published && today.isAfter(due), failed,
					pending));
		}
		return new RollupView(year, rows, total);
	}

}
