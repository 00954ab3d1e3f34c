package org.gongkai.annualreport;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the annual report (Regulations arts. 49–50, docs/legal-rules.md, Annual
 * report): the tables as the records give them now, the staff's report page, the
 * published report with its corrections and its files, the list of published years. Years
 * are calendar years (the platform's time zone); the first reportable year is 2008, when
 * disclosure began.
 */
@Service
public class ReportReading {

	/** The first year a report can be for (the 2007 Regulations took effect in 2008). */
	public static final int FIRST_YEAR = 2008;

	private final AnnualReports reports;

	private final ReportCorrections corrections;

	private final ReportCalculator calculator;

	private final ReportChecking checking;

	private final NarrativeDraft drafts;

	private final AgencyManagement agencies;

	private final AgencyAccess agencyAccess;

	private final ReportAccess access;

	private final ReportDocuments documents;

	ReportReading(AnnualReports reports, ReportCorrections corrections, ReportCalculator calculator,
			ReportChecking checking, NarrativeDraft drafts, AgencyManagement agencies, AgencyAccess agencyAccess,
			ReportAccess access, ReportDocuments documents) {
		this.reports = reports;
		this.corrections = corrections;
		this.calculator = calculator;
		this.checking = checking;
		this.drafts = drafts;
		this.agencies = agencies;
		this.agencyAccess = agencyAccess;
		this.access = access;
		this.documents = documents;
	}

	/**
	 * The tables as the records give them now, with the checks, for staff who may see the
	 * agency (its own staff, a disclosure office above it); any time, also for the
	 * running year.
	 * @throws NotFoundException for an unknown agency or a year before 2008 or after this
	 * one
	 * @throws ForbiddenException if the user may not see the agency
	 */
	@Transactional(readOnly = true)
	public ReportTables tables(String creditCode, int year) {
		AgencySummary agency = agency(creditCode);
		this.access.requireYear(year);
		this.agencyAccess.requireVisible(agency.id());
		AnnualReport report = this.reports.findByAgencyIdAndYear(agency.id(), year).orElse(null);
		ReportFigures figures = this.calculator.computeOne(agency.id(), year, report);
		return new ReportTables(agency, year, (report != null) ? report.status() : ReportStatus.NOT_STARTED, figures,
				this.checking.checks(agency.id(), year, figures, report));
	}

	/**
	 * The published report's frozen tables and their checks, for everyone.
	 * @throws NotFoundException unless that year's report is published
	 */
	@Transactional(readOnly = true)
	public ReportTables publishedTables(String creditCode, int year) {
		AgencySummary agency = agency(creditCode);
		AnnualReport report = published(agency, year);
		ReportFigures figures = ReportCalculator.thaw(report.frozen());
		return new ReportTables(agency, year, report.status(), figures,
				this.checking.checks(agency.id(), year, figures, report));
	}

	/**
	 * The report page for staff: entries, narrative (a draft until saved), tables and
	 * checks, corrections.
	 * @throws ForbiddenException if the user may not see the agency
	 */
	@Transactional(readOnly = true)
	public AnnualReportView report(String creditCode, int year) {
		AgencySummary agency = agency(creditCode);
		this.access.requireYear(year);
		this.agencyAccess.requireVisible(agency.id());
		return view(agency, year, this.reports.findByAgencyIdAndYear(agency.id(), year).orElse(null), true);
	}

	/**
	 * The published report as the public sees it, with its corrections.
	 * @throws NotFoundException unless published
	 */
	@Transactional(readOnly = true)
	public AnnualReportView publicReport(String creditCode, int year) {
		AgencySummary agency = agency(creditCode);
		return view(agency, year, published(agency, year), false);
	}

	/**
	 * The published report as a DOCX, PDF or XLSX file (its frozen tables; corrections
	 * show on the page).
	 * @throws NotFoundException unless published
	 * @throws org.gongkai.rendering.CjkFonts.FontMissingException for a PDF without a CJK
	 * font installed
	 */
	@Transactional(readOnly = true)
	public ReportFile file(String creditCode, int year, ReportFormat format) {
		return this.documents.render(publicReport(creditCode, year), format);
	}

	/**
	 * The report as it would be published now, as a DOCX, PDF or XLSX file named as a
	 * preview, for staff who may see the agency: what the leader checks before
	 * publishing.
	 * @throws ForbiddenException if the user may not see the agency
	 * @throws org.gongkai.rendering.CjkFonts.FontMissingException for a PDF without a CJK
	 * font installed
	 */
	@Transactional(readOnly = true)
	public ReportFile previewFile(String creditCode, int year, ReportFormat format) {
		return this.documents.preview(report(creditCode, year).asItWouldBePublished(), format);
	}

	/** The years with a published report, newest first. */
	@Transactional(readOnly = true)
	public List<AnnualReportView> publishedReports(String creditCode) {
		AgencySummary agency = agency(creditCode);
		return this.reports.findByAgencyIdOrderByYearDesc(agency.id())
			.stream()
			.filter(AnnualReport::published)
			.map((r) -> view(agency, r.year(), r, false))
			.toList();
	}

	/**
	 * Whether the agency owes an annual report (Regulations art. 49 binds administrative
	 * organs): village and residents' committees do not; their disclosure is village
	 * affairs under the Organic Law of Villagers' Committees art. 30
	 * (docs/legal-rules.md, Village affairs).
	 */
	public static boolean owesReport(AgencySummary agency) {
		return agency.level() != AgencyLevel.VILLAGE;
	}

	/**
	 * The agencies the user may see with their report for {@code year}: the back-office
	 * list (villages and communities, which owe none, left out).
	 */
	@Transactional(readOnly = true)
	public List<AgencySummary> visibleAgencies() {
		Set<Long> visible = this.agencyAccess.visibleAgencies(AgencyAccess.current());
		return this.agencies.all()
			.stream()
			.filter((a) -> visible.contains(a.id()))
			.filter(ReportReading::owesReport)
			.toList();
	}

	/**
	 * Whether the signed-in user leads an agency that owes an annual report (a village's
	 * leader does not, and gets no to-do line for it).
	 */
	@Transactional(readOnly = true)
	public boolean leadsAgencyOwingReport() {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.grants()
			.stream()
			.filter((g) -> g.role() == Role.LEADER && g.agencyId() != null)
			.anyMatch((g) -> owesReport(this.agencies.details(g.agencyId()).summary()));
	}

	/**
	 * How many of last year's reports of the agencies where the signed-in user is a
	 * leader are not published yet: the leader's to-do count (publishing is theirs);
	 * villages owe none.
	 */
	@Transactional(readOnly = true)
	public long awaitingLeader() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return 0;
		}
		Set<Long> led = new HashSet<>();
		me.grants()
			.stream()
			.filter((g) -> g.role() == Role.LEADER && g.agencyId() != null)
			.filter((g) -> owesReport(this.agencies.details(g.agencyId()).summary()))
			.forEach((g) -> led.add(g.agencyId()));
		if (led.isEmpty()) {
			return 0;
		}
		long published = this.reports.findByAgencyIdInAndYear(led, currentYear() - 1)
			.stream()
			.filter(AnnualReport::published)
			.count();
		return led.size() - published;
	}

	/**
	 * The deadline (Regulations art. 49; docs/legal-rules.md, Annual report): 31 January
	 * of the next year, 31 March for a county government's own report.
	 */
	public static LocalDate dueOn(AgencySummary agency, int year) {
		return (agency.level() == AgencyLevel.COUNTY) ? LocalDate.of(year + 1, Month.MARCH, 31)
				: LocalDate.of(year + 1, Month.JANUARY, 31);
	}

	/** The agency with this code, for pages. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public AgencySummary agency(String creditCode) {
		return this.access.agency(creditCode);
	}

	/** This year (the platform's time zone): the latest year a report page exists for. */
	public int currentYear() {
		return this.access.today().getYear();
	}

	private AnnualReportView view(AgencySummary agency, int year, AnnualReport report, boolean staff) {
		boolean published = report != null && report.published();
		ReportFigures computed = (!published || staff || !this.corrections.pending(report).isEmpty())
				? this.calculator.computeOne(agency.id(), year, report) : null;
		ReportFigures figures = published ? ReportCalculator.thaw(report.frozen()) : computed;
		List<CorrectionView> corrections = (report != null) ? this.corrections.views(report) : List.of();
		boolean hasPending = published && !this.corrections.pending(report).isEmpty();
		ReportFigures current = hasPending ? computed : null;
		Narrative narrative = (report != null) ? report.narrative() : new Narrative(null, null, null);
		boolean drafted = false;
		if (!published
				&& (narrative.overview() == null || narrative.problems() == null || narrative.otherMatters() == null)) {
			Narrative draft = this.drafts.draft(agency, year, computed);
			narrative = new Narrative(Objects.requireNonNullElse(narrative.overview(), draft.overview()),
					Objects.requireNonNullElse(narrative.problems(), draft.problems()),
					Objects.requireNonNullElse(narrative.otherMatters(), draft.otherMatters()));
			drafted = true;
		}
		LocalDate due = dueOn(agency, year);
		boolean late = published ? report.publishedOn().isAfter(due) : this.access.today().isAfter(due);
		StaffPrincipal me = staff ? AgencyAccess.current() : null;
		boolean editor = me != null && (me.has(Role.CLERK, agency.id()) || me.has(Role.LEADER, agency.id()));
		boolean leader = me != null && me.has(Role.LEADER, agency.id());
		boolean publishable = leader && year < this.access.today().getYear() && (!published || hasPending);
		return new AnnualReportView(agency, year, (report != null) ? report.status() : ReportStatus.NOT_STARTED,
				(report != null) ? report.edition() : 0, published ? report.publishedOn() : null, due, late, narrative,
				drafted, (report != null) ? report.entries() : Entries.NONE, figures, current,
				this.checking.checks(agency.id(), year, figures, report), corrections, editor && !published,
				publishable);
	}

	private AnnualReport published(AgencySummary agency, int year) {
		return this.reports.findByAgencyIdAndYear(agency.id(), year)
			.filter(AnnualReport::published)
			.orElseThrow(() -> new NotFoundException("No published report " + agency.creditCode() + "/" + year));
	}

}
