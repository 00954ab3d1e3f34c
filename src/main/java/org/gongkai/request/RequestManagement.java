package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
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
	static final int DUE_SOON_DAYS = CaseWorklists.DUE_SOON_DAYS;

	private final DisclosureRequests cases;

	private final AgencyAccess access;

	private final CaseFiles files;

	private final RequestIntake intake;

	private final CaseHandling handling;

	private final CaseWorklists worklists;

	RequestManagement(DisclosureRequests cases, AgencyAccess access, CaseFiles files, RequestIntake intake,
			CaseHandling handling, CaseWorklists worklists) {
		this.cases = cases;
		this.access = access;
		this.files = files;
		this.intake = intake;
		this.handling = handling;
		this.worklists = worklists;
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
	 * The dashboard of the cases of every agency the signed-in user may see, with every
	 * row of the selected view: {@link CaseWorklists#dashboard(CaseFilter, int, int)}.
	 * @param view the selected view, {@code null} for {@link DashboardView#ALL}
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(DashboardView view) {
		return this.worklists.dashboard(CaseFilter.of(view), 0, Integer.MAX_VALUE);
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
		boolean extensible = CaseHandling.extensionRefusal(request, clock, this.files.today()) == null;
		boolean extensionPending = request.open() && request.extensionPending();
		return new CaseActions(clerk && open && request.correctionRequestedOn() == null && correctionInTime,
				clerk && open && request.correctionRequestedOn() != null && request.correctionReceivedOn() == null,
				clerk && running && !consulting, clerk && open && consulting, leader && extensible && !extensionPending,
				clerk && open, leader && request.status() == CaseStatus.AWAITING_APPROVAL,
				clerk && extensible && !extensionPending, leader && extensionPending);
	}

}
