package org.gongkai.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (整改): a finding of the agency's latest run becomes a task with an owner
 * and a deadline on the working-day calendar; staff close it with a note, and the next
 * run closes it when the problem is gone or reopens it when it is back
 * ({@link Inspections}). Overdue is read from the deadline on the day asked.
 */
@Service
public class Rectification {

	/** The longest owner name. */
	public static final int MAX_OWNER = 100;

	/** The longest closing note. */
	public static final int MAX_NOTE = 1000;

	private final RectificationTasks tasks;

	private final InspectionRuns runs;

	private final InspectionAccess access;

	private final WorkingDayCalendar calendar;

	private final InspectionProperties properties;

	private final AuditLog audit;

	private final InspectionMail mail;

	private final org.gongkai.agency.AgencyManagement agencies;

	private final Clock clock;

	Rectification(RectificationTasks tasks, InspectionRuns runs, InspectionAccess access, WorkingDayCalendar calendar,
			InspectionProperties properties, AuditLog audit, InspectionMail mail,
			org.gongkai.agency.AgencyManagement agencies, Clock clock) {
		this.mail = mail;
		this.agencies = agencies;
		this.tasks = tasks;
		this.runs = runs;
		this.access = access;
		this.calendar = calendar;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The deadline a new task gets by default: {@code gongkai.inspection.task-days}
	 * working days from today.
	 */
	@Transactional(readOnly = true)
	public LocalDate defaultDue() {
		return this.calendar.deadline(today(), this.properties.taskDays()).due();
	}

	/** The working days a new task gets unless the form says otherwise. */
	public int defaultDays() {
		return this.properties.taskDays();
	}

	/**
	 * The problems of a new task's fields, all at once (message keys with their field).
	 * @param owner who fixes it
	 * @param workingDays the working days it gets, as typed
	 */
	public List<RuleViolationException> problems(String owner, String workingDays) {
		List<RuleViolationException> problems = new ArrayList<>();
		String cleaned = Text.clean(owner);
		if (cleaned == null || cleaned.isBlank() || cleaned.length() > MAX_OWNER) {
			problems.add(new RuleViolationException("inspection.owner.invalid", "Owner blank or too long",
					String.valueOf(MAX_OWNER)));
		}
		Integer days = days(workingDays);
		if (days == null) {
			problems.add(new RuleViolationException("inspection.working-days.invalid", "Working days not 1..60"));
		}
		return problems;
	}

	/**
	 * Makes a finding of the agency's latest run a task.
	 * @param findingKey the finding's {@link InspectionFinding#key()}
	 * @param owner who fixes it (control characters removed, 1 to 100 characters)
	 * @param workingDays 1 to 60 working days from today, as typed
	 * @return the task's id
	 * @throws RuleViolationException on an invalid field, a finding not in the latest run
	 * or one that already has an open task
	 */
	@Transactional
	public long create(long agencyId, String findingKey, String owner, String workingDays) {
		this.access.require(agencyId);
		List<RuleViolationException> problems = problems(owner, workingDays);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		InspectionFinding finding = this.runs.findFirstByAgencyIdOrderByRanAtDescIdDesc(agencyId)
			.flatMap((run) -> run.findings().stream().filter((f) -> f.key().equals(findingKey)).findFirst())
			.orElseThrow(() -> new RuleViolationException("inspection.task.finding.unknown",
					"Finding not in the latest run"));
		boolean open = this.tasks.findByAgencyIdOrderByIdDesc(agencyId)
			.stream()
			.anyMatch((t) -> t.state() == TaskState.OPEN && t.key().equals(finding.key()));
		if (open) {
			throw new RuleViolationException("inspection.task.exists", "An open task exists for this finding");
		}
		LocalDate due = this.calendar.deadline(today(), days(workingDays)).due();
		RectificationTask task = this.tasks.save(new RectificationTask(agencyId, finding, Text.clean(owner).strip(),
				due, InspectionAccess.actor(), Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("inspection.task-created", "RectificationTask", task.id())
			.withAgency(agencyId)
			.withAfter(task.auditSummary()));
		this.mail.taskAssigned(this.agencies.details(agencyId).summary(), task.view(today()));
		return task.id();
	}

	/**
	 * Closes an open task with a note (1 to 1000 characters, control characters removed).
	 * @throws NotFoundException if there is no such task
	 * @throws RuleViolationException if the note is invalid or the task is closed
	 */
	@Transactional
	public void close(long taskId, String note) {
		RectificationTask task = load(taskId);
		String cleaned = Text.clean(note);
		if (cleaned == null || cleaned.isBlank() || cleaned.length() > MAX_NOTE) {
			throw new RuleViolationException("inspection.note.invalid", "Note blank or too long",
					String.valueOf(MAX_NOTE));
		}
		if (task.state() != TaskState.OPEN) {
			throw new RuleViolationException("inspection.task.closed", "Task closed already");
		}
		String before = task.auditSummary();
		task.close(cleaned.strip(), Instant.now(this.clock));
		this.audit.record(AuditRecord.of("inspection.task-closed", "RectificationTask", task.id())
			.withAgency(task.agencyId())
			.withBefore(before)
			.withAfter(task.auditSummary()));
	}

	/** One task. @throws NotFoundException if none (or not the user's to see) */
	@Transactional(readOnly = true)
	public RectificationView task(long taskId) {
		return load(taskId).view(today());
	}

	/** The agency's tasks, newest first. */
	@Transactional(readOnly = true)
	public List<RectificationView> ofAgency(long agencyId) {
		this.access.require(agencyId);
		LocalDate today = today();
		return this.tasks.findByAgencyIdOrderByIdDesc(agencyId).stream().map((t) -> t.view(today)).toList();
	}

	/** The open tasks past their deadline of every agency the user may inspect. */
	@Transactional(readOnly = true)
	public List<RectificationView> overdue() {
		Set<Long> ids = this.access.inspectable();
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		return this.tasks.findByAgencyIdInAndStateOrderByDueOnAscIdAsc(ids, TaskState.OPEN.name())
			.stream()
			.map((t) -> t.view(today))
			.filter(RectificationView::overdue)
			.toList();
	}

	/** How many open tasks the agencies the user may inspect have: the to-do count. */
	@Transactional(readOnly = true)
	public long openCount() {
		Set<Long> ids = this.access.inspectable();
		return ids.isEmpty() ? 0
				: this.tasks.findByAgencyIdInAndStateOrderByDueOnAscIdAsc(ids, TaskState.OPEN.name()).size();
	}

	private RectificationTask load(long taskId) {
		RectificationTask task = this.tasks.findById(taskId).orElseThrow(() -> new NotFoundException("Task " + taskId));
		if (!this.access.inspectable().contains(task.agencyId())) {
			throw new NotFoundException("Task " + taskId);
		}
		return task;
	}

	private static Integer days(String text) {
		if (text == null || !text.strip().matches("\\d{1,2}")) {
			return null;
		}
		int days = Integer.parseInt(text.strip());
		return (days >= 1 && days <= 60) ? days : null;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
