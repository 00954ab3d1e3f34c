package org.gongkai.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AccountManagement;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.account.UserSummary;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.ClockReading.ClockState;
import org.gongkai.request.rules.StatutoryClock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who handles a case, and the reminders they get: a leader or the disclosure office of
 * the agency (or above it) assigns an open case to a clerk of that agency, or a clerk
 * takes it; the assignee is reminded of cases due within three working days and of
 * overdue ones.
 */
@Service
public class RequestAssignment {

	/** Reminders cover cases due within this many working days from today. */
	public static final int REMINDER_DAYS = 3;

	static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_APPROVAL);

	private final DisclosureRequests cases;

	private final AccountManagement accounts;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	RequestAssignment(DisclosureRequests cases, AccountManagement accounts, AgencyManagement agencies,
			AgencyAccess access, WorkingDayCalendar calendar, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.accounts = accounts;
		this.agencies = agencies;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The login names of the enabled clerks of an agency, sorted.
	 * @throws ForbiddenException if the user may not see the agency
	 */
	@Transactional(readOnly = true)
	public List<String> clerks(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.accounts.users()
			.stream()
			.filter((u) -> u.enabled() && isClerk(u, agencyId))
			.map(UserSummary::username)
			.sorted()
			.toList();
	}

	/**
	 * The clerks a case may be assigned to (those of its agency).
	 * @throws ForbiddenException if the user may not see its agency
	 */
	@Transactional(readOnly = true)
	public List<String> clerksForCase(long caseId) {
		DisclosureRequest request = this.cases.findById(caseId)
			.orElseThrow(() -> new NotFoundException("Case " + caseId));
		return clerks(request.agencyId());
	}

	/**
	 * The role names the signed-in user holds for a case's agency (for the case page).
	 */
	@Transactional(readOnly = true)
	public Set<String> rolesForCase(long caseId) {
		StaffPrincipal me = AgencyAccess.current();
		DisclosureRequest request = this.cases.findById(caseId).orElse(null);
		if (me == null || request == null) {
			return Set.of();
		}
		Set<String> roles = new java.util.TreeSet<>();
		for (Grant grant : me.grants()) {
			if (grant.agencyId() != null && grant.agencyId() == request.agencyId()) {
				roles.add(grant.role().name());
			}
		}
		return roles;
	}

	/**
	 * Whether the signed-in user may assign the cases of a case's agency to any clerk.
	 */
	@Transactional(readOnly = true)
	public boolean mayAssignCase(long caseId) {
		return this.cases.findById(caseId).map((c) -> mayAssign(c.agencyId())).orElse(false);
	}

	/** Whether the signed-in user may assign the case's agency's cases to any clerk. */
	@Transactional(readOnly = true)
	public boolean mayAssign(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && (me.has(Role.LEADER, agencyId) || officeAbove(me, agencyId));
	}

	/**
	 * Assigns an open case to a clerk of its agency.
	 * @param username the clerk's login name
	 * @throws ForbiddenException unless the user is a leader of the agency, staffs the
	 * disclosure office of it or an agency above it, or is a clerk of it taking the case
	 * @throws RuleViolationException if the case is closed or {@code username} is not an
	 * enabled clerk of the agency
	 */
	@Transactional
	public void assign(long caseId, String username) {
		DisclosureRequest request = this.cases.findById(caseId)
			.orElseThrow(() -> new NotFoundException("Case " + caseId));
		long agencyId = request.agencyId();
		StaffPrincipal me = AgencyAccess.current();
		String name = (username != null) ? username.strip() : "";
		boolean taking = me != null && me.username().equals(name) && me.has(Role.CLERK, agencyId);
		if (!taking && !mayAssign(agencyId)) {
			throw new ForbiddenException("Assigning cases of agency " + agencyId);
		}
		if (request.status() == CaseStatus.CLOSED) {
			throw new RuleViolationException("request.case.not-open", "Case " + caseId + " closed");
		}
		boolean clerk = name.length() <= 100 && this.accounts.users()
			.stream()
			.anyMatch((u) -> u.username().equals(name) && u.enabled() && isClerk(u, agencyId));
		if (!clerk) {
			throw new RuleViolationException("request.assign.not-clerk", "Not a clerk of agency " + agencyId);
		}
		String before = "assignee=" + request.assignee();
		request.assignTo(name, today(), me.username(), Instant.now(this.clock));
		this.audit.record(AuditRecord.of("request.assigned", "DisclosureRequest", request.id())
			.withAgency(agencyId)
			.withBefore(before)
			.withAfter("assignee=" + name));
	}

	/** The signed-in user's reminders as of today: overdue first, then by due date. */
	@Transactional(readOnly = true)
	public List<Reminder> reminders() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return List.of();
		}
		return reminders(me.username(), this.access.visibleAgencies(me), today());
	}

	/**
	 * The reminders of {@code username} for the cases of {@code agencyIds} as of a day.
	 */
	@Transactional(readOnly = true)
	List<Reminder> reminders(String username, Collection<Long> agencyIds, LocalDate today) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return due(this.cases.findByAgencyIdInAndAssigneeAndStatusIn(agencyIds, username, OPEN), today);
	}

	/**
	 * The reminders of every assigned open case as of {@code today}, overdue first: what
	 * the daily reminder mail sends.
	 */
	@Transactional(readOnly = true)
	public List<Reminder> assignedReminders(LocalDate today) {
		return due(this.cases.findByAssigneeNotNullAndStatusIn(OPEN), today);
	}

	/** The reminders among {@code open} as of {@code today}, overdue first. */
	private List<Reminder> due(Collection<DisclosureRequest> open, LocalDate today) {
		WorkingDayRules rules = this.calendar.rules();
		StatutoryClock statutory = new StatutoryClock(rules);
		LocalDate soon = rules.deadline(today, REMINDER_DAYS).due();
		List<Reminder> result = new ArrayList<>();
		for (DisclosureRequest request : open) {
			ClockReading reading = statutory.read(request.clockFacts(), today);
			if (reading.due() == null) {
				continue;
			}
			boolean overdue = reading.state() == ClockState.OVERDUE;
			if (overdue || (reading.state() == ClockState.RUNNING && !reading.due().isAfter(soon))) {
				result.add(new Reminder(request.id(), request.trackingNo(), reading.due(), overdue,
						reading.provisional()));
			}
		}
		result.sort((a, b) -> (a.overdue() != b.overdue()) ? (a.overdue() ? -1 : 1) : a.due().compareTo(b.due()));
		return result;
	}

	private boolean officeAbove(StaffPrincipal me, long agencyId) {
		for (Grant grant : me.grants()) {
			if (grant.role() == Role.DISCLOSURE_OFFICE && grant.agencyId() != null
					&& this.agencies.selfAndDescendants(grant.agencyId()).contains(agencyId)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isClerk(UserSummary user, long agencyId) {
		return user.grants()
			.stream()
			.anyMatch((g) -> g.role() == Role.CLERK && g.agencyId() != null && g.agencyId() == agencyId);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
