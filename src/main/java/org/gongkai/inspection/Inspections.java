package org.gongkai.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The website inspection's API: runs the checks for an agency (on demand by its clerks
 * and leaders or the disclosure office over it, or on the schedule), keeps each run,
 * closes and reopens the rectification tasks by what the run finds, and reads reports,
 * history and the county's ranking.
 */
@Service
public class Inspections {

	/** How many past runs the history shows. */
	public static final int HISTORY = 12;

	private final SiteChecks checks;

	private final InspectionRuns runs;

	private final RectificationTasks tasks;

	private final InspectionAccess access;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final InspectionMail mail;

	private final Clock clock;

	Inspections(SiteChecks checks, InspectionRuns runs, RectificationTasks tasks, InspectionAccess access,
			AgencyManagement agencies, AuditLog audit, InspectionMail mail, Clock clock) {
		this.mail = mail;
		this.checks = checks;
		this.runs = runs;
		this.tasks = tasks;
		this.access = access;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Runs every check for the agency now, as the signed-in user.
	 * @throws NotFoundException if there is no agency with this credit code
	 * @throws org.gongkai.platform.ForbiddenException unless the user is a clerk or
	 * leader of the agency or works in a disclosure office over it
	 */
	@Transactional
	public InspectionReport run(String creditCode) {
		AgencySummary agency = agency(creditCode);
		this.access.require(agency.id());
		if (!inspected(agency)) {
			throw new RuleViolationException("inspection.village.excluded", "Villages are not under the website check");
		}
		return run(agency, "MANUAL", InspectionAccess.actor());
	}

	/** Runs every check for the agency on the schedule (system actor). */
	@Transactional
	public InspectionReport runScheduled(long agencyId) {
		return run(this.agencies.details(agencyId).summary(), "SCHEDULE", "system");
	}

	/**
	 * The agency's latest run.
	 * @throws NotFoundException if there is no such agency or it was never inspected
	 */
	@Transactional(readOnly = true)
	public InspectionReport latest(String creditCode) {
		AgencySummary agency = agency(creditCode);
		this.access.require(agency.id());
		InspectionRun run = this.runs.findFirstByAgencyIdOrderByRanAtDescIdDesc(agency.id())
			.orElseThrow(() -> new NotFoundException("No inspection of " + creditCode));
		return report(agency, run);
	}

	/** The agency's latest run, if any, for a signed-in user who may inspect it. */
	@Transactional(readOnly = true)
	public java.util.Optional<InspectionReport> latestIfAny(long agencyId) {
		this.access.require(agencyId);
		AgencySummary agency = this.agencies.details(agencyId).summary();
		return this.runs.findFirstByAgencyIdOrderByRanAtDescIdDesc(agencyId).map((run) -> report(agency, run));
	}

	/**
	 * The agency's last {@link #HISTORY} runs, newest first, each with its count of
	 * findings per rule: the trend.
	 */
	@Transactional(readOnly = true)
	public List<RunTrend> history(long agencyId) {
		this.access.require(agencyId);
		List<RunTrend> out = new ArrayList<>();
		for (InspectionRun run : this.runs.findByAgencyIdOrderByRanAtDescIdDesc(agencyId, PageRequest.of(0, HISTORY))) {
			Map<String, Long> perRule = run.findings()
				.stream()
				.collect(Collectors.groupingBy(InspectionFinding::rule, TreeMap::new, Collectors.counting()));
			out.add(new RunTrend(run.id(), run.ranAt(), run.triggerBy(), run.vetoes(), run.total(), perRule));
		}
		return out;
	}

	/**
	 * The agency with this credit code, for pages.
	 * @throws NotFoundException if there is none
	 * @throws org.gongkai.platform.ForbiddenException unless the user may inspect it
	 */
	@Transactional(readOnly = true)
	public AgencySummary inspectable(String creditCode) {
		AgencySummary agency = agency(creditCode);
		this.access.require(agency.id());
		return agency;
	}

	/** The agencies the signed-in user may inspect, in the platform's order. */
	@Transactional(readOnly = true)
	public List<AgencySummary> inspectableAgencies() {
		Set<Long> ids = this.access.inspectable();
		return this.agencies.all().stream().filter((a) -> ids.contains(a.id()) && inspected(a)).toList();
	}

	/**
	 * Whether the website check applies: village and residents' committees are not
	 * administrative organs (docs/legal-rules.md, Village affairs); their disclosure is
	 * checked by the township against its cadence (the village module), not by 19号's
	 * rules for government sites, so they are neither run nor ranked here.
	 */
	private static boolean inspected(AgencySummary agency) {
		return agency.level() != AgencyLevel.VILLAGE;
	}

	/**
	 * The county view: every agency the user may inspect with its latest run's vetoes and
	 * findings and its open and overdue tasks, most vetoes first, then most open tasks.
	 */
	@Transactional(readOnly = true)
	public List<AgencyStanding> ranking() {
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		List<AgencyStanding> out = new ArrayList<>();
		for (AgencySummary agency : inspectableAgencies()) {
			var latest = this.runs.findFirstByAgencyIdOrderByRanAtDescIdDesc(agency.id());
			List<RectificationView> open = this.tasks.findByAgencyIdOrderByIdDesc(agency.id())
				.stream()
				.filter((t) -> t.state() == TaskState.OPEN)
				.map((t) -> t.view(today))
				.toList();
			out.add(new AgencyStanding(agency, latest.map(InspectionRun::ranAt).orElse(null),
					latest.map(InspectionRun::vetoes).orElse(0), latest.map(InspectionRun::total).orElse(0),
					open.size(), (int) open.stream().filter(RectificationView::overdue).count()));
		}
		out.sort(Comparator.comparingInt(AgencyStanding::vetoes)
			.reversed()
			.thenComparing(Comparator.comparingInt(AgencyStanding::openTasks).reversed())
			.thenComparing((s) -> s.agency().name()));
		return out;
	}

	/**
	 * How many findings of the latest runs of the agencies the signed-in user may inspect
	 * their previous runs did not have: the start page's to-do count of new findings.
	 */
	@Transactional(readOnly = true)
	public long newFindingsCount() {
		long count = 0;
		for (long agencyId : this.access.inspectable()) {
			count += this.runs.findFirstByAgencyIdOrderByRanAtDescIdDesc(agencyId).map(InspectionRun::fresh).orElse(0);
		}
		return count;
	}

	/** The ids of every agency, for the schedule. */
	@Transactional(readOnly = true)
	public List<Long> allAgencies() {
		return this.agencies.all().stream().filter(Inspections::inspected).map(AgencySummary::id).toList();
	}

	private InspectionReport run(AgencySummary agency, String trigger, String actor) {
		Instant now = Instant.now(this.clock);
		List<InspectionFinding> found = this.checks.run(agency);
		Set<String> before = this.runs.findFirstByAgencyIdOrderByRanAtDescIdDesc(agency.id())
			.map((previous) -> previous.findings().stream().map(InspectionFinding::key).collect(Collectors.toSet()))
			.orElse(Set.of());
		List<InspectionFinding> fresh = found.stream().filter((f) -> !before.contains(f.key())).toList();
		InspectionRun run = this.runs.save(new InspectionRun(agency.id(), now, trigger, actor, found, fresh.size()));
		this.audit.record(AuditRecord.of("inspection.run", "InspectionRun", run.id())
			.withAgency(agency.id())
			.withActor(actor)
			.withAfter("trigger=" + trigger + ", findings=" + run.total() + ", vetoes=" + run.vetoes() + ", new="
					+ run.fresh()));
		reconcile(agency.id(), found, now);
		this.mail.newFindings(agency, fresh);
		return report(agency, run);
	}

	/**
	 * Closes the open tasks whose problem this run no longer finds, and reopens closed
	 * ones whose problem is back.
	 */
	private void reconcile(long agencyId, List<InspectionFinding> found, Instant now) {
		Map<String, InspectionFinding> byKey = new LinkedHashMap<>();
		found.forEach((f) -> byKey.putIfAbsent(f.key(), f));
		for (RectificationTask task : this.tasks.findByAgencyIdOrderByIdDesc(agencyId)) {
			InspectionFinding again = byKey.get(task.key());
			String before = task.auditSummary();
			if (task.state() == TaskState.OPEN && again == null) {
				task.close(RUN_CLOSED, now);
				this.audit.record(AuditRecord.of("inspection.task-resolved", "RectificationTask", task.id())
					.withAgency(agencyId)
					.withActor("system")
					.withBefore(before)
					.withAfter(task.auditSummary()));
			}
			else if (task.state() == TaskState.CLOSED && again != null) {
				task.reopen(again.title(), again.url());
				this.audit.record(AuditRecord.of("inspection.task-reopened", "RectificationTask", task.id())
					.withAgency(agencyId)
					.withActor("system")
					.withBefore(before)
					.withAfter(task.auditSummary()));
			}
		}
	}

	/** The closing note of a task a run closed (the pages show it in words). */
	static final String RUN_CLOSED = "inspection:resolved";

	private InspectionReport report(AgencySummary agency, InspectionRun run) {
		return new InspectionReport(run.id(), agency.creditCode(), agency.id(), agency.name(), run.ranAt(),
				run.triggerBy(), run.findings());
	}

	private AgencySummary agency(String creditCode) {
		String code = (creditCode != null) ? creditCode.strip() : "";
		if (code.length() != 18) {
			throw new NotFoundException("Agency " + creditCode);
		}
		return this.agencies.findByCreditCode(code)
			.map(AgencyDetails::summary)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

}
