package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.rules.ReportChecks;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report (Regulations arts. 49–50, docs/legal-rules.md, Annual report): tables
 * computed from the records, the office's entries and narrative, the checks, publication
 * with freeze, corrections, the public report and the county roll-up. Years are calendar
 * years (Asia/Shanghai); the first reportable year is 2008, when disclosure began.
 */
@Service
public class AnnualReportManagement {

	/** The first year a report can be for (the 2007 Regulations took effect in 2008). */
	public static final int FIRST_YEAR = 2008;

	/** At most this many characters per narrative section. */
	static final int MAX_SECTION = 20_000;

	static final long MAX_COUNT = 1_000_000_000L;

	static final BigDecimal MAX_FEES_WAN = new BigDecimal("100000000");

	private final AnnualReports reports;

	private final ReportCorrections corrections;

	private final ReportCalculator calculator;

	private final NarrativeDraft drafts;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	private final ReportDocuments documents;

	AnnualReportManagement(AnnualReports reports, ReportCorrections corrections, ReportCalculator calculator,
			NarrativeDraft drafts, AgencyManagement agencies, AgencyAccess access, AuditLog audit,
			MessageSource messages, Clock clock, ReportDocuments documents) {
		this.documents = documents;
		this.reports = reports;
		this.corrections = corrections;
		this.calculator = calculator;
		this.drafts = drafts;
		this.agencies = agencies;
		this.access = access;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
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
		requireYear(year);
		this.access.requireVisible(agency.id());
		AnnualReport report = this.reports.findByAgencyIdAndYear(agency.id(), year).orElse(null);
		ReportFigures figures = computeOne(agency.id(), year, report);
		return new ReportTables(agency, year, (report != null) ? report.status() : ReportStatus.NOT_STARTED, figures,
				checks(agency.id(), year, figures, report));
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
		return new ReportTables(agency, year, report.status(), figures, checks(agency.id(), year, figures, report));
	}

	/**
	 * The report page for staff: entries, narrative (a draft until saved), tables and
	 * checks, corrections.
	 * @throws ForbiddenException if the user may not see the agency
	 */
	@Transactional(readOnly = true)
	public AnnualReportView report(String creditCode, int year) {
		AgencySummary agency = agency(creditCode);
		requireYear(year);
		this.access.requireVisible(agency.id());
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
	 * @throws org.gongkai.platform.CjkFonts.FontMissingException for a PDF without a CJK
	 * font installed
	 */
	@Transactional(readOnly = true)
	public ReportFile file(String creditCode, int year, ReportFormat format) {
		return this.documents.render(publicReport(creditCode, year), format);
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
	 * The agencies the user may see with their report for {@code year}: the back-office
	 * list.
	 */
	@Transactional(readOnly = true)
	public List<AgencySummary> visibleAgencies() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		return this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList();
	}

	/**
	 * Saves the narrative sections (plain text; control characters other than line breaks
	 * are removed).
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 * @throws RuleViolationException if the report is published or a section is too long
	 */
	@Transactional
	public void saveNarrative(String creditCode, int year, Narrative narrative) {
		AgencySummary agency = agency(creditCode);
		requireYear(year);
		requireEditor(agency.id());
		Narrative clean = new Narrative(section(narrative.overview(), "overview"),
				section(narrative.problems(), "problems"), section(narrative.otherMatters(), "otherMatters"));
		AnnualReport report = editable(agency.id(), year);
		String before = report.auditSummary();
		report.write(clean, now());
		record("annualreport.narrative-saved", report, before);
	}

	/**
	 * Saves the entered figures of table 二 and, optionally, last year's row 四.
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 * @throws RuleViolationException naming the first invalid field, or if published
	 */
	@Transactional
	public void saveEntries(String creditCode, int year, Entries entries) {
		AgencySummary agency = agency(creditCode);
		requireYear(year);
		requireEditor(agency.id());
		check(entries);
		AnnualReport report = editable(agency.id(), year);
		String before = report.auditSummary();
		report.enter(entries, now());
		record("annualreport.entries-saved", report, before);
	}

	/**
	 * Imports the four figures of table 二 from a CSV file (UTF-8 with or without BOM, or
	 * GB18030; {@link EntriesFile}): one line per figure, {@code 行政许可,12} (or
	 * {@code licensing,12}, or with a full-width comma); lines not given keep their saved
	 * value.
	 * @throws RuleViolationException naming the first unreadable line, or as
	 * {@link #saveEntries}
	 */
	@Transactional
	public void importEntries(String creditCode, int year, byte[] csv) {
		AgencySummary agency = agency(creditCode);
		requireYear(year);
		requireEditor(agency.id());
		AnnualReport existing = this.reports.findByAgencyIdAndYear(agency.id(), year).orElse(null);
		Entries entries = (existing != null) ? existing.entries() : Entries.NONE;
		entries = EntriesFile.apply(csv, entries);
		check(entries);
		AnnualReport report = editable(agency.id(), year);
		String before = report.auditSummary();
		report.enter(entries, now());
		record("annualreport.entries-imported", report, before);
	}

	/**
	 * A leader publishes the report (or, after corrections, a corrected edition): the
	 * year must be over, every section written, every entry made and every check passed;
	 * the tables are frozen as computed now.
	 * @throws ForbiddenException unless the user is a leader of the agency
	 * @throws RuleViolationException if a condition fails (the message names it)
	 */
	@Transactional
	public void publish(String creditCode, int year) {
		AgencySummary agency = agency(creditCode);
		requireYear(year);
		this.access.require(Role.LEADER, agency.id());
		if (year >= today().getYear()) {
			throw new RuleViolationException("annualreport.publish.year-open", "Year " + year + " not over",
					String.valueOf(year));
		}
		AnnualReport report = this.reports.lockByAgencyIdAndYear(agency.id(), year)
			.orElseThrow(() -> new RuleViolationException("annualreport.publish.narrative-missing",
					"Nothing written for " + year));
		if (report.published() && pendingCorrections(report).isEmpty()) {
			throw new RuleViolationException("annualreport.publish.already", "Already published, no corrections");
		}
		if (!report.narrative().complete()) {
			throw new RuleViolationException("annualreport.publish.narrative-missing", "Narrative incomplete");
		}
		ReportFigures figures = computeOne(agency.id(), year, report);
		if (!figures.table2().entered()) {
			throw new RuleViolationException("annualreport.publish.entries-missing", "Table 二 entries missing");
		}
		List<Check> failed = checks(agency.id(), year, figures, report).stream().filter((c) -> !c.ok()).toList();
		if (!failed.isEmpty()) {
			throw new RuleViolationException("annualreport.publish.checks-failed",
					"Checks failed: " + failed.stream().map(Check::rule).toList(),
					failed.stream().map(Check::detail).collect(Collectors.joining("；")));
		}
		String before = report.auditSummary();
		report.publish(ReportCalculator.freeze(figures), today(), actor(), now());
		record(report.edition() > 1 ? "annualreport.republished" : "annualreport.published", report, before);
	}

	/**
	 * After a change to the records: compares every published report of the agency from
	 * {@code fromYear} on with what the records give now and logs a correction (with one
	 * audit entry) where a figure moved and that move is not logged yet.
	 * @param cause the kind of change (see {@link CorrectionView#cause()})
	 * @param reference what changed (case, appeal, upload or item id) Runs in a new
	 * transaction: it is called after the change committed.
	 * @return how many corrections were logged
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int reconcile(long agencyId, int fromYear, String cause, String reference) {
		int logged = 0;
		for (AnnualReport report : this.reports.findByAgencyIdAndStatusAndYearGreaterThanEqual(agencyId,
				ReportStatus.PUBLISHED, fromYear)) {
			ReportFigures now = computeOne(agencyId, report.year(), report);
			String changes = encode(diff(ReportCalculator.thaw(report.frozen()), now));
			List<ReportCorrection> pending = pendingCorrections(report);
			String last = pending.isEmpty() ? "" : pending.get(pending.size() - 1).changes();
			if (changes.equals(last)) {
				continue;
			}
			ReportCorrection correction = this.corrections
				.save(new ReportCorrection(report.id(), report.edition(), cause, reference, changes, today(), now()));
			this.audit.record(AuditRecord.of("annualreport.correction-logged", "AnnualReport", report.id())
				.withAgency(agencyId)
				.withAfter(correction.auditSummary())
				.withActor("system"));
			logged++;
		}
		return logged;
	}

	/**
	 * The county disclosure office's view of {@code year}: every agency below each office
	 * the user staffs.
	 * @throws ForbiddenException unless the user is a disclosure office
	 */
	@Transactional(readOnly = true)
	public RollupView rollup(int year) {
		requireYear(year);
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
		List<AgencySummary> listed = this.agencies.all().stream().filter((a) -> agencyIds.contains(a.id())).toList();
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
		LocalDate today = today();
		for (AgencySummary agency : listed) {
			AnnualReport report = byAgency.get(agency.id());
			ReportFigures now = computed.get(agency.id());
			boolean published = report != null && report.published();
			ReportFigures shown = published ? ReportCalculator.thaw(report.frozen()) : now;
			total = total.plus(shown);
			int failed = (int) ReportChecks.run(now.table3(), now.table4(), prior(lastYear.get(agency.id()), report))
				.stream()
				.filter((f) -> !f.ok())
				.count();
			LocalDate due = dueOn(agency, year);
			LocalDate publishedOn = published ? report.publishedOn() : null;
			int pending = published ? pendingCorrections(report).size() : 0;
			rows.add(new RollupView.Row(agency, (report != null) ? report.status() : ReportStatus.NOT_STARTED, due,
					publishedOn, published && publishedOn.isAfter(due), !published && today.isAfter(due), failed,
					pending));
		}
		return new RollupView(year, rows, total);
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
		String code = (creditCode != null) ? creditCode.strip() : "";
		if (code.length() != 18) {
			throw new NotFoundException("Agency " + creditCode);
		}
		return this.agencies.findByCreditCode(code)
			.map(AgencyDetails::summary)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	/** This year (Asia/Shanghai): the latest year a report page exists for. */
	public int currentYear() {
		return today().getYear();
	}

	// views and checks

	private AnnualReportView view(AgencySummary agency, int year, AnnualReport report, boolean staff) {
		boolean published = report != null && report.published();
		ReportFigures computed = (!published || staff || !pendingCorrections(report).isEmpty())
				? computeOne(agency.id(), year, report) : null;
		ReportFigures figures = published ? ReportCalculator.thaw(report.frozen()) : computed;
		List<CorrectionView> corrections = (report != null) ? corrections(report) : List.of();
		boolean hasPending = published && !pendingCorrections(report).isEmpty();
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
		boolean late = published ? report.publishedOn().isAfter(due) : today().isAfter(due);
		StaffPrincipal me = staff ? AgencyAccess.current() : null;
		boolean editor = me != null && (me.has(Role.CLERK, agency.id()) || me.has(Role.LEADER, agency.id()));
		boolean leader = me != null && me.has(Role.LEADER, agency.id());
		boolean publishable = leader && year < today().getYear() && (!published || hasPending);
		return new AnnualReportView(agency, year, (report != null) ? report.status() : ReportStatus.NOT_STARTED,
				(report != null) ? report.edition() : 0, published ? report.publishedOn() : null, due, late, narrative,
				drafted, (report != null) ? report.entries() : Entries.NONE, figures, current,
				checks(agency.id(), year, figures, report), corrections, editor && !published, publishable);
	}

	private List<Check> checks(long agencyId, int year, ReportFigures figures, AnnualReport report) {
		AnnualReport last = this.reports.findByAgencyIdAndYear(agencyId, year - 1).orElse(null);
		return ReportChecks.run(figures.table3(), figures.table4(), prior(last, report))
			.stream()
			.map((f) -> new Check(f.rule(), f.ok(), f.warning(), detail(f)))
			.toList();
	}

	/** Last year's row 四: its published report's, else the entered one, else unknown. */
	private static ReportChecks.Prior prior(AnnualReport last, AnnualReport report) {
		if (last != null && last.published()) {
			return new ReportChecks.Prior(ReportChecks.PriorSource.PUBLISHED,
					ReportCalculator.thaw(last.frozen())
						.table3()
						.row("4")
						.stream()
						.mapToLong(Long::longValue)
						.toArray());
		}
		long[] entered = (report != null) ? report.priorCarryOut() : null;
		return (entered != null) ? new ReportChecks.Prior(ReportChecks.PriorSource.ENTERED, entered)
				: ReportChecks.Prior.NONE;
	}

	private String detail(ReportChecks.Finding finding) {
		Object[] arguments = finding.arguments();
		if (arguments.length >= 2 && arguments[0] instanceof String kind && arguments[1] instanceof List<?> keys) {
			String labels = keys.stream().map((k) -> label(kind, k.toString())).collect(Collectors.joining("、"));
			Object[] resolved = new Object[arguments.length - 1];
			resolved[0] = labels;
			System.arraycopy(arguments, 2, resolved, 1, arguments.length - 2);
			arguments = resolved;
		}
		return this.messages.getMessage(finding.key(), arguments, Locale.CHINA);
	}

	private String label(String kind, String key) {
		String prefix = switch (kind) {
			case "column" -> "annualreport.t3.col.";
			case "row" -> "annualreport.t3.row.";
			default -> "annualreport.t4.row.";
		};
		return this.messages.getMessage(prefix + key, null, key, Locale.CHINA);
	}

	private ReportFigures computeOne(long agencyId, int year, AnnualReport report) {
		Map<Long, Entries> entries = (report != null) ? Map.of(agencyId, report.entries()) : Map.of();
		return this.calculator.compute(List.of(agencyId), year, entries).get(agencyId);
	}

	// corrections

	private List<ReportCorrection> pendingCorrections(AnnualReport report) {
		if (report.id() == null) {
			return List.of();
		}
		return this.corrections.findByReportIdOrderByLoggedAtAscIdAsc(report.id())
			.stream()
			.filter((c) -> c.edition() == report.edition())
			.toList();
	}

	private List<CorrectionView> corrections(AnnualReport report) {
		return this.corrections.findByReportIdOrderByLoggedAtAscIdAsc(report.id())
			.stream()
			.map((c) -> new CorrectionView(c.loggedOn(), c.cause(), c.reference(), c.edition(), decode(c.changes())))
			.toList();
	}

	static List<CellChange> diff(ReportFigures frozen, ReportFigures now) {
		List<CellChange> changes = new ArrayList<>();
		Map<String, Map<String, Object>> frozen2 = frozen.table2().rows();
		Map<String, Map<String, Object>> now2 = now.table2().rows();
		for (String row : Table2.ROWS) {
			List<Object> a = new ArrayList<>(frozen2.get(row).values());
			List<Object> b = new ArrayList<>(now2.get(row).values());
			for (int c = 0; c < a.size(); c++) {
				if (!same(a.get(c), b.get(c))) {
					changes.add(new CellChange(2, row, c, text(a.get(c)), text(b.get(c))));
				}
			}
		}
		for (String row : Table3.ROWS) {
			for (int c = 0; c < Table3.COLUMNS.size(); c++) {
				if (frozen.table3().cell(row, c) != now.table3().cell(row, c)) {
					changes.add(new CellChange(3, row, c, Long.toString(frozen.table3().cell(row, c)),
							Long.toString(now.table3().cell(row, c))));
				}
			}
		}
		for (String row : Table4.ROWS) {
			for (int c = 0; c < Table4.COLUMNS.size(); c++) {
				if (frozen.table4().cell(row, c) != now.table4().cell(row, c)) {
					changes.add(new CellChange(4, row, c, Long.toString(frozen.table4().cell(row, c)),
							Long.toString(now.table4().cell(row, c))));
				}
			}
		}
		return changes;
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private static String text(Object value) {
		return (value instanceof BigDecimal d) ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
	}

	static String encode(List<CellChange> changes) {
		String text = changes.stream()
			.map((c) -> c.table() + "|" + c.row() + "|" + c.column() + "|" + c.frozen() + "|" + c.now())
			.collect(Collectors.joining(";"));
		return (text.length() > 4000) ? text.substring(0, text.lastIndexOf(';', 4000)) : text;
	}

	static List<CellChange> decode(String changes) {
		List<CellChange> out = new ArrayList<>();
		if (changes == null || changes.isEmpty()) {
			return out;
		}
		for (String entry : changes.split(";")) {
			String[] p = entry.split("\\|");
			if (p.length == 5) {
				out.add(new CellChange(Integer.parseInt(p[0]), p[1], Integer.parseInt(p[2]), p[3], p[4]));
			}
		}
		return out;
	}

	// validation and helpers

	private AnnualReport editable(long agencyId, int year) {
		AnnualReport report = this.reports.lockByAgencyIdAndYear(agencyId, year)
			.orElseGet(() -> this.reports.save(new AnnualReport(agencyId, year, now())));
		if (report.published()) {
			throw new RuleViolationException("annualreport.frozen", "Report " + year + " is published",
					String.valueOf(year));
		}
		return report;
	}

	private AnnualReport published(AgencySummary agency, int year) {
		return this.reports.findByAgencyIdAndYear(agency.id(), year)
			.filter(AnnualReport::published)
			.orElseThrow(() -> new NotFoundException("No published report " + agency.creditCode() + "/" + year));
	}

	private void requireYear(int year) {
		if (year < FIRST_YEAR || year > today().getYear()) {
			throw new NotFoundException("Year " + year);
		}
	}

	private void requireEditor(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CLERK, agencyId) || me.has(Role.LEADER, agencyId))) {
			throw new ForbiddenException("Clerk or leader of agency " + agencyId + " required");
		}
	}

	private static void check(Entries entries) {
		count(entries.licensing(), "licensing");
		count(entries.penalties(), "penalties");
		count(entries.enforcement(), "enforcement");
		BigDecimal fees = entries.feesWan();
		if (fees != null && (fees.signum() < 0 || fees.scale() > 4 || fees.compareTo(MAX_FEES_WAN) >= 0)) {
			throw new RuleViolationException("annualreport.entries.feesWan.invalid", "Invalid fees");
		}
		long[] prior = entries.priorCarryOut();
		if (prior != null) {
			long sum = 0;
			boolean valid = prior.length == Table3.COLUMNS.size();
			for (int c = 0; valid && c < prior.length; c++) {
				valid = prior[c] >= 0 && prior[c] < MAX_COUNT;
				sum += (c < Table3.TOTAL) ? prior[c] : 0;
			}
			if (!valid || sum != prior[Table3.TOTAL]) {
				throw new RuleViolationException("annualreport.entries.priorCarryOut.invalid",
						"Invalid prior carry-out");
			}
		}
	}

	private static void count(Long value, String field) {
		if (value != null && (value < 0 || value >= MAX_COUNT)) {
			throw new RuleViolationException("annualreport.entries." + field + ".invalid", "Invalid " + field);
		}
	}

	/** Plain text: no NUL or other control characters but line breaks and tabs. */
	static String section(String text, String field) {
		if (text == null) {
			return null;
		}
		String clean = Text.clean(text);
		if (clean.length() > MAX_SECTION) {
			throw new RuleViolationException("annualreport.narrative." + field + ".too-long", "Section too long",
					String.valueOf(MAX_SECTION));
		}
		return clean;
	}

	private void record(String action, AnnualReport report, String before) {
		AuditRecord record = AuditRecord.of(action, "AnnualReport", report.id()).withAgency(report.agencyId());
		this.audit.record(((before != null) ? record.withBefore(before) : record).withAfter(report.auditSummary()));
	}

	private static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
