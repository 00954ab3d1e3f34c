package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.intake.RequestTracking;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.ClockReading.ClockState;
import org.gongkai.request.rules.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request module's API to staff and to other modules: the cases a user may see, the
 * dashboard and a case's details with the steps open to the user. The commands live in
 * the services named after their work ({@link RequestIntake}, {@link RequestTracking},
 * {@link CaseHandling}); the few that other modules use ({@link #registerWalkIn},
 * {@link #decide}, {@link #approveDecision}) are offered here as well.
 */
@Service
public class RequestManagement {

	/** The dashboard's "due soon": due within this many working days from today. */
	static final int DUE_SOON_DAYS = 5;

	private final DisclosureRequests cases;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final CaseFiles files;

	private final RequestIntake intake;

	private final CaseHandling handling;

	RequestManagement(DisclosureRequests cases, AgencyAccess access, WorkingDayCalendar calendar, CaseFiles files,
			RequestIntake intake, CaseHandling handling) {
		this.cases = cases;
		this.access = access;
		this.calendar = calendar;
		this.files = files;
		this.intake = intake;
		this.handling = handling;
	}

	/**
	 * Registers an application a clerk received in person, by post, fax, e-mail or
	 * orally: {@link RequestIntake#registerWalkIn}.
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 */
	public Receipt registerWalkIn(long agencyId, ApplicationForm form, Channel channel, LocalDate receivedOn) {
		return this.intake.registerWalkIn(agencyId, form, channel, receivedOn);
	}

	/**
	 * Records the answer: {@link CaseHandling#decide}.
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case is not open or the input is invalid
	 */
	public void decide(long caseId, Outcome outcome, String note) {
		this.handling.decide(caseId, outcome, note);
	}

	/**
	 * A leader approves the recorded answer: {@link CaseHandling#approveDecision}.
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if no answer awaits approval
	 */
	public void approveDecision(long caseId) {
		this.handling.approveDecision(caseId);
	}

	/** The cases of every agency the signed-in user may see, newest first. */
	@Transactional(readOnly = true)
	public List<CaseSummary> visibleCases() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		return this.cases.findByAgencyIdInOrderBySubmittedAtDesc(visible)
			.stream()
			.map((c) -> c.summary(this.files.read(c).due()))
			.toList();
	}

	/**
	 * The dashboard of the cases of every agency the signed-in user may see: the count of
	 * every view and the rows of the selected one, newest first. Overdue and due soon are
	 * read from each case's clock as of today, never stored.
	 * @param view the selected view, {@code null} for {@link DashboardView#ALL}
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(DashboardView view) {
		DashboardView selected = (view != null) ? view : DashboardView.ALL;
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		List<DisclosureRequest> all = visible.isEmpty() ? List.of()
				: this.cases.findByAgencyIdInOrderBySubmittedAtDesc(visible);
		LocalDate today = this.files.today();
		LocalDate soon = this.calendar.rules().deadline(today, DUE_SOON_DAYS).due();
		Map<DashboardView, Long> counts = new EnumMap<>(DashboardView.class);
		for (DashboardView v : DashboardView.values()) {
			counts.put(v, 0L);
		}
		List<Dashboard.Row> rows = new ArrayList<>();
		StaffPrincipal me = AgencyAccess.current();
		String myName = (me != null) ? me.username() : null;
		for (DisclosureRequest request : all) {
			ClockReading clock = this.files.read(request);
			Dashboard.Row row = new Dashboard.Row(request.id(), request.trackingNo(), request.applicantType(),
					request.receivedOn(), clock.due(), clock.provisional(), request.status(), clock.state(),
					request.open() && request.openConsultation() != null);
			for (DashboardView v : DashboardView.values()) {
				if ((v == DashboardView.MINE) ? mine(request, myName) : in(v, request, row, today, soon)) {
					counts.merge(v, 1L, Long::sum);
					if (v == selected) {
						rows.add(row);
					}
				}
			}
		}
		return new Dashboard(selected, counts, rows);
	}

	private static boolean in(DashboardView view, DisclosureRequest request, Dashboard.Row row, LocalDate today,
			LocalDate soon) {
		boolean open = request.open();
		return switch (view) {
			case DUE_SOON -> open && row.clockState() == ClockState.RUNNING && row.due() != null
					&& !row.due().isBefore(today) && !row.due().isAfter(soon);
			case OVERDUE -> open && row.clockState() == ClockState.OVERDUE;
			case AWAITING_CONFIRMATION -> request.status() == CaseStatus.AWAITING_CONFIRMATION;
			case AWAITING_CORRECTION -> open && row.clockState() == ClockState.AWAITING_CORRECTION;
			case IN_CONSULTATION -> row.inConsultation();
			case CLOSED -> request.status() == CaseStatus.CLOSED;
			case ALL -> true;
			case MINE -> false;
		};
	}

	/** The open cases assigned to the signed-in user. */
	private static boolean mine(DisclosureRequest request, String username) {
		return username != null && request.open() && username.equals(request.assignee());
	}

	/**
	 * One case with everything the applicant gave, for staff who may see its agency.
	 * @throws NotFoundException if there is no such case
	 * @throws ForbiddenException if the user may not see its agency
	 */
	@Transactional(readOnly = true)
	public CaseDetails details(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.requireVisible(request.agencyId());
		StaffPrincipal me = AgencyAccess.current();
		boolean confirmable = request.status() == CaseStatus.AWAITING_CONFIRMATION && me != null
				&& me.has(Role.CLERK, request.agencyId());
		ClockReading clock = this.files.read(request);
		return request.details(clock, confirmable, actions(request, clock));
	}

	private CaseActions actions(DisclosureRequest request, ClockReading clock) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return CaseActions.NONE;
		}
		boolean clerk = me.has(Role.CLERK, request.agencyId());
		boolean leader = me.has(Role.LEADER, request.agencyId());
		boolean open = request.status() == CaseStatus.RECEIVED;
		boolean running = open && clock.countsFrom() != null;
		boolean consulting = request.openConsultation() != null;
		// Regulations art. 30: no correction notice after the 7th working day.
		boolean correctionInTime = clock.correctionNoticeDue() != null
				&& !this.files.today().isAfter(clock.correctionNoticeDue());
		return new CaseActions(clerk && open && request.correctionRequestedOn() == null && correctionInTime,
				clerk && open && request.correctionRequestedOn() != null && request.correctionReceivedOn() == null,
				clerk && running && !consulting, clerk && open && consulting,
				leader && running && !request.extended() && !this.files.today().isAfter(clock.originalDue()),
				clerk && open, leader && request.status() == CaseStatus.AWAITING_APPROVAL);
	}

}
