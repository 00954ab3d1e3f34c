package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.ClockReading.ClockState;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's case lists and the counts of the start page's to-do list. Overdue and
 * due soon are read from each case's clock as of today, never stored, so the lists are
 * filtered in memory after the agency scoping the database does; a page is cut from the
 * filtered rows.
 */
@Service
@Transactional(readOnly = true)
public class CaseWorklists {

	/** The dashboard's "due soon": due within this many working days from today. */
	static final int DUE_SOON_DAYS = 5;

	private final DisclosureRequests cases;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final CaseFiles files;

	private final Clock clock;

	private final AgencyManagement agencies;

	CaseWorklists(DisclosureRequests cases, AgencyAccess access, WorkingDayCalendar calendar, CaseFiles files,
			Clock clock, AgencyManagement agencies) {
		this.agencies = agencies;
		this.clock = clock;
		this.cases = cases;
		this.access = access;
		this.calendar = calendar;
		this.files = files;
	}

	/**
	 * The dashboard of the cases of every agency the signed-in user may see: the count of
	 * every view (under the filter's other conditions) and one page of the selected view,
	 * newest first.
	 * @param page from 0; past the last page gives the last page
	 * @param size 1 or more
	 */
	public Dashboard dashboard(CaseFilter filter, int page, int size) {
		DashboardView selected = (filter.view() != null) ? filter.view() : DashboardView.ALL;
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (filter.agencyId() != null) {
			visible = visible.contains(filter.agencyId()) ? Set.of(filter.agencyId()) : Set.of();
		}
		Map<DashboardView, Long> counts = new EnumMap<>(DashboardView.class);
		for (DashboardView v : DashboardView.values()) {
			counts.put(v, 0L);
		}
		List<Dashboard.Row> rows = new ArrayList<>();
		StaffPrincipal me = AgencyAccess.current();
		String myName = (me != null) ? me.username() : null;
		Today today = today();
		for (DisclosureRequest request : load(visible)) {
			if (!matches(filter, request)) {
				continue;
			}
			Dashboard.Row row = row(request);
			for (DashboardView v : DashboardView.values()) {
				if ((v == DashboardView.MINE) ? mine(request, myName) : in(v, request, row, today)) {
					counts.merge(v, 1L, Long::sum);
					if (v == selected) {
						rows.add(row);
					}
				}
			}
		}
		int pageSize = Math.max(size, 1);
		int pages = Math.max(1, (rows.size() + pageSize - 1) / pageSize);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		long from = (long) shown * pageSize;
		List<Dashboard.Row> cut = rows.subList((int) Math.min(from, rows.size()),
				(int) Math.min(from + pageSize, rows.size()));
		return new Dashboard(selected, counts, cut, rows.size(), shown, pageSize);
	}

	/**
	 * How many cases of each view wait in the agencies where the signed-in user holds
	 * {@code role}: the start page's to-do counts.
	 */
	public Map<DashboardView, Long> counts(Role role) {
		Set<Long> agencies = agenciesWith(role);
		Map<DashboardView, Long> counts = new EnumMap<>(DashboardView.class);
		for (DashboardView v : DashboardView.values()) {
			counts.put(v, 0L);
		}
		Today today = today();
		for (DisclosureRequest request : load(agencies)) {
			Dashboard.Row row = row(request);
			for (DashboardView v : DashboardView.values()) {
				if (v != DashboardView.MINE && in(v, request, row, today)) {
					counts.merge(v, 1L, Long::sum);
				}
			}
		}
		return counts;
	}

	/**
	 * The agencies under the signed-in user's disclosure offices that have overdue cases,
	 * with how many, by agency id: the county office's "behind schedule".
	 */
	public Map<Long, Long> overdueByAgency() {
		Set<Long> overseen = this.access.visibleAgencies(AgencyAccess.current());
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || me.grants().stream().noneMatch((g) -> g.role() == Role.DISCLOSURE_OFFICE)) {
			return Map.of();
		}
		Today today = today();
		return load(overseen).stream()
			.filter((request) -> in(DashboardView.OVERDUE, request, row(request), today))
			.collect(Collectors.groupingBy(DisclosureRequest::agencyId, TreeMap::new, Collectors.counting()));
	}

	/**
	 * The open cases of one agency past their statutory due date today, oldest first: a
	 * system reading for the website inspection (callers check who may see it).
	 */
	public List<Dashboard.Row> overdueOf(long agencyId) {
		Today today = today();
		return load(Set.of(agencyId)).stream()
			.filter((request) -> in(DashboardView.OVERDUE, request, row(request), today))
			.map(this::row)
			.sorted(java.util.Comparator.comparing(Dashboard.Row::id))
			.toList();
	}

	/**
	 * How many open cases of every agency are due soon and overdue today, as the
	 * dashboard counts them: a system reading for the operators' gauges
	 * ({@link CaseDeadlineGauges}); one query for the open cases, their facts loaded in
	 * batches.
	 */
	OpenDeadlines openDeadlines() {
		Today today = today();
		long soon = 0;
		long overdue = 0;
		for (DisclosureRequest request : this.cases
			.findByStatusIn(Set.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_APPROVAL))) {
			Dashboard.Row row = row(request);
			soon += in(DashboardView.DUE_SOON, request, row, today) ? 1 : 0;
			overdue += in(DashboardView.OVERDUE, request, row, today) ? 1 : 0;
		}
		return new OpenDeadlines(soon, overdue);
	}

	/** Open cases due within {@link #DUE_SOON_DAYS} working days, and overdue ones. */
	record OpenDeadlines(long dueSoon, long overdue) {
	}

	/**
	 * The agencies the signed-in user may see, in the platform's order: the list's
	 * filter.
	 */
	public List<AgencySummary> visibleAgencies() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		return this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList();
	}

	private Set<Long> agenciesWith(Role role) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return Set.of();
		}
		return me.grants()
			.stream()
			.filter((g) -> g.role() == role && g.agencyId() != null)
			.map(Grant::agencyId)
			.collect(Collectors.toSet());
	}

	private List<DisclosureRequest> load(Set<Long> agencies) {
		return agencies.isEmpty() ? List.of() : this.cases.findByAgencyIdInOrderBySubmittedAtDesc(agencies);
	}

	private Dashboard.Row row(DisclosureRequest request) {
		ClockReading clock = this.files.read(request);
		return new Dashboard.Row(request.id(), request.trackingNo(), request.applicantType(), request.receivedOn(),
				clock.due(), clock.provisional(), request.status(), clock.state(),
				request.open() && request.openConsultation() != null, request.agencyId());
	}

	private Today today() {
		LocalDate today = this.files.today();
		return new Today(today, this.calendar.rules().deadline(today, DUE_SOON_DAYS).due());
	}

	private boolean matches(CaseFilter filter, DisclosureRequest request) {
		ZoneId zone = this.clock.getZone();
		LocalDate submitted = (request.submittedAt() != null) ? request.submittedAt().atZone(zone).toLocalDate() : null;
		if (filter.from() != null && (submitted == null || submitted.isBefore(filter.from()))) {
			return false;
		}
		if (filter.to() != null && (submitted == null || submitted.isAfter(filter.to()))) {
			return false;
		}
		String text = (filter.text() != null) ? filter.text().strip().toLowerCase(Locale.ROOT) : "";
		if (text.isEmpty()) {
			return true;
		}
		return contains(request.trackingNo(), text) || contains(request.description(), text);
	}

	private static boolean contains(String value, String lowerText) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(lowerText);
	}

	private static boolean in(DashboardView view, DisclosureRequest request, Dashboard.Row row, Today today) {
		boolean open = request.open();
		return switch (view) {
			case DUE_SOON -> open && row.clockState() == ClockState.RUNNING && row.due() != null
					&& !row.due().isBefore(today.day()) && !row.due().isAfter(today.soon());
			case OVERDUE -> open && row.clockState() == ClockState.OVERDUE;
			case AWAITING_CONFIRMATION -> request.status() == CaseStatus.AWAITING_CONFIRMATION;
			case AWAITING_CORRECTION -> open && row.clockState() == ClockState.AWAITING_CORRECTION;
			case AWAITING_APPROVAL -> request.status() == CaseStatus.AWAITING_APPROVAL;
			case EXTENSION_PROPOSED -> open && request.extensionPending();
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

	private record Today(LocalDate day, LocalDate soon) {
	}

}
