package org.gongkai.concerns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.concerns.Concern.ResponseKind;
import org.gongkai.concerns.rules.ResponseClock;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.Validity;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The concerns of the agencies and their responses. Every command checks the role for the
 * concern's agency on the server (clerks register and respond; everyone who may see the
 * agency reads) and writes one audit entry. The readings for the inspection, the figures
 * and the reminders are system readings that need no signed-in user.
 */
@Service
public class Concerns {

	/** The code of the 回应关切 column of the standard catalogue. */
	public static final String COLUMN = "concerns";

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ConcernRows rows;

	private final AgencyAccess access;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final PublicationDrafting drafting;

	private final PublicationQueries publications;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ConcernsProperties properties;

	private final Clock clock;

	Concerns(ConcernRows rows, AgencyAccess access, AgencyManagement agencies, CatalogManagement catalog,
			PublicationDrafting drafting, PublicationQueries publications, AuditLog audit, MessageSource messages,
			ConcernsProperties properties, Clock clock) {
		this.rows = rows;
		this.access = access;
		this.agencies = agencies;
		this.catalog = catalog;
		this.drafting = drafting;
		this.publications = publications;
		this.audit = audit;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every problem of a concern as typed (empty: it can be registered). */
	public List<RuleViolationException> problems(ConcernInput input) {
		return ConcernValidation.concern(input, this.clock);
	}

	/** Every problem of another response as typed, for the concern {@code id}. */
	@Transactional(readOnly = true)
	public List<RuleViolationException> responseProblems(long id, ResponseInput input) {
		return ConcernValidation.response(input, load(id).aroseAt(), this.clock);
	}

	/**
	 * Registers a concern of an agency (its clerks only); the hours its response is due
	 * in are fixed now from its severity's setting.
	 * @return the new concern's id
	 * @throws RuleViolationException for the first problem of the input
	 */
	@Transactional
	public long register(long agencyId, ConcernInput input) {
		this.access.require(Role.CLERK, agencyId);
		return registerAs(agencyId, input, actor());
	}

	long registerAs(long agencyId, ConcernInput input, String actor) {
		List<RuleViolationException> problems = problems(input);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		ConcernSeverity severity = ConcernValidation.severity(input.severity());
		int hours = this.properties.hours().of(severity);
		Instant arose = ConcernValidation.instant(input.aroseAt(), this.clock);
		ResponseClock.dueAt(arose, hours);
		Concern concern = this.rows.save(new Concern(agencyId, Text.clean(input.title()),
				ConcernValidation.kind(input.kind()), Text.clean(input.source()), arose, severity, hours,
				Text.clean(input.handler()), actor, this.clock.instant()));
		this.audit.record(AuditRecord.of("concerns.registered", "Concern", concern.id())
			.withAgency(agencyId)
			.withAfter(concern.summary())
			.withActor(actor));
		return concern.id();
	}

	/**
	 * Starts the response as a draft in the agency's 回应关切 column, titled 关于…的回应, for the
	 * normal review (the concern's clerks only); the concern is answered when the item is
	 * published. A response already drafted is returned again.
	 * @return the draft's publication id
	 */
	@Transactional
	public long startResponse(long id) {
		Concern concern = load(id);
		this.access.require(Role.CLERK, concern.agencyId());
		if (concern.answeredAt() != null) {
			throw ConcernValidation.alreadyAnswered();
		}
		if (concern.publicationId() != null && exists(concern.publicationId())) {
			return concern.publicationId();
		}
		long column = this.catalog.publicTree(concern.agencyId())
			.stream()
			.filter((c) -> COLUMN.equals(c.code()))
			.map(ColumnNode::id)
			.findFirst()
			.orElseThrow(ConcernValidation::noColumn);
		String title = this.messages.getMessage("concerns.response.title", new Object[] { concern.title() }, CHINESE);
		String body = this.messages.getMessage("concerns.response.body", new Object[] { concern.title() }, CHINESE);
		long publication = this.drafting.draft(concern.agencyId(), new PublicationDraft(column, title, null, body, null,
				LocalDate.now(this.clock), Genre.NEWS, Validity.VALID));
		concern.draftedResponse(publication);
		this.audit.record(AuditRecord.of("concerns.response-drafted", "Concern", concern.id())
			.withAgency(concern.agencyId())
			.withAfter("publication " + publication));
		return publication;
	}

	private boolean exists(long publicationId) {
		try {
			this.publications.find(publicationId);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/**
	 * Records a response given outside the column (the concern's clerks only), timed at
	 * the moment typed.
	 * @throws RuleViolationException for the first problem of the input
	 */
	@Transactional
	public void recordResponse(long id, ResponseInput input) {
		Concern concern = load(id);
		this.access.require(Role.CLERK, concern.agencyId());
		if (concern.answeredAt() != null) {
			throw ConcernValidation.alreadyAnswered();
		}
		List<RuleViolationException> problems = ConcernValidation.response(input, concern.aroseAt(), this.clock);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		String link = Text.clean(input.link());
		concern.answer(ResponseKind.OTHER, ConcernValidation.instant(input.answeredAt(), this.clock),
				link.isEmpty() ? null : link, Text.clean(input.note()));
		answered(concern, actor());
	}

	/**
	 * The concerns whose response is the item just published: answered now, at the
	 * instant of publication (run inside the publishing transaction).
	 */
	void publicationPublished(long publicationId) {
		for (Concern concern : this.rows.findByPublicationIdAndAnsweredAtIsNull(publicationId)) {
			concern.answer(ResponseKind.PUBLICATION, this.clock.instant(), null, null);
			answered(concern, "system");
		}
	}

	private void answered(Concern concern, String actor) {
		boolean late = ResponseClock.late(dueAt(concern), concern.answeredAt());
		this.audit.record(AuditRecord.of("concerns.answered", "Concern", concern.id())
			.withAgency(concern.agencyId())
			.withAfter(concern.responseKind() + " " + concern.answeredAt() + (late ? ", late" : ", on time"))
			.withActor(actor));
	}

	/** A concern (anyone who may see its agency). */
	@Transactional(readOnly = true)
	public ConcernView view(long id) {
		Concern concern = load(id);
		this.access.requireVisible(concern.agencyId());
		return view(concern, this.clock.instant(), new HashMap<>());
	}

	/** Whether the signed-in user may register and answer concerns of the agency. */
	public boolean mayRespond(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.has(Role.CLERK, agencyId);
	}

	/**
	 * The concerns of the agencies the signed-in user may see (a disclosure office sees
	 * those under it), newest first, through a filter, of one agency if {@code agencyId}
	 * is given and arising in the days from {@code from} to {@code to} where given.
	 */
	@Transactional(readOnly = true)
	public List<ConcernView> list(ConcernFilter filter, Long agencyId, LocalDate from, LocalDate to) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		Collection<Long> scope = (agencyId == null) ? visible
				: visible.contains(agencyId) ? List.of(agencyId) : List.of();
		if (scope.isEmpty()) {
			return List.of();
		}
		return select(this.rows.findByAgencyIdInOrderByAroseAtDesc(scope), filter, from, to);
	}

	/**
	 * How many concerns of the agencies are open past their reminder mark and how many
	 * past due (the clerks' to-do lines): {@code [dueSoon, overdue]}.
	 */
	@Transactional(readOnly = true)
	public long[] waiting(Collection<Long> agencyIds) {
		long[] counts = new long[2];
		if (agencyIds.isEmpty()) {
			return counts;
		}
		Instant now = this.clock.instant();
		for (Concern concern : this.rows.findByAgencyIdInOrderByAroseAtDesc(agencyIds)) {
			ConcernState state = state(concern, now);
			if (state == ConcernState.DUE_SOON) {
				counts[0]++;
			}
			else if (state == ConcernState.OVERDUE) {
				counts[1]++;
			}
		}
		return counts;
	}

	/**
	 * Every concern of an agency with its clock, oldest first: a system reading for the
	 * inspection (callers check who may see the result).
	 */
	@Transactional(readOnly = true)
	public List<ConcernTiming> timingsOf(long agencyId) {
		List<ConcernTiming> out = new ArrayList<>();
		for (Concern concern : this.rows.findByAgencyIdOrderByAroseAtDesc(agencyId)) {
			out.add(0, new ConcernTiming(concern.id(), concern.title(), concern.aroseAt(), dueAt(concern),
					concern.answeredAt()));
		}
		return out;
	}

	/**
	 * The concerns of an agency arising in the days from {@code from} to {@code to}
	 * through a filter: a system reading (the figures).
	 */
	@Transactional(readOnly = true)
	public List<ConcernView> ofAgency(long agencyId, ConcernFilter filter, LocalDate from, LocalDate to) {
		return select(this.rows.findByAgencyIdOrderByAroseAtDesc(agencyId), filter, from, to);
	}

	/**
	 * The public list of an agency: its answered concerns whose response the public can
	 * read (a published item, or another response), newest first.
	 */
	@Transactional(readOnly = true)
	public List<ConcernView> publicAnswered(long agencyId) {
		List<ConcernView> out = new ArrayList<>();
		for (ConcernView concern : ofAgency(agencyId, ConcernFilter.ANSWERED, null, null)) {
			if (!concern.byPublication() || this.publications.isPublic(concern.publicationId())) {
				out.add(concern);
			}
		}
		return out;
	}

	/**
	 * The open concerns whose reminder or overdue e-mail is due now, each marked so it is
	 * sent once (audited, by {@code system}).
	 * @return the concerns to remind of and those to report overdue
	 */
	@Transactional
	public Reminders takeReminders() {
		Instant now = this.clock.instant();
		List<ConcernView> remind = new ArrayList<>();
		List<ConcernView> overdue = new ArrayList<>();
		Map<Long, AgencySummary> names = new HashMap<>();
		for (Concern concern : this.rows.findByAnsweredAtIsNullAndOverdueMailedAtIsNull()) {
			ConcernState state = state(concern, now);
			if (state == ConcernState.OVERDUE) {
				concern.overdueMailed(now);
				overdue.add(view(concern, now, names));
				this.audit.record(AuditRecord.of("concerns.overdue-noticed", "Concern", concern.id())
					.withAgency(concern.agencyId())
					.withActor("system"));
			}
			else if (state == ConcernState.DUE_SOON && concern.remindedAt() == null) {
				concern.reminded(now);
				remind.add(view(concern, now, names));
				this.audit.record(AuditRecord.of("concerns.reminded", "Concern", concern.id())
					.withAgency(concern.agencyId())
					.withActor("system"));
			}
		}
		return new Reminders(remind, overdue);
	}

	/**
	 * What the reminder run found.
	 *
	 * @param dueSoon concerns past their reminder mark, reminded of now
	 * @param overdue concerns past due, reported now
	 */
	public record Reminders(List<ConcernView> dueSoon, List<ConcernView> overdue) {

	}

	private List<ConcernView> select(List<Concern> concerns, ConcernFilter filter, LocalDate from, LocalDate to) {
		Instant now = this.clock.instant();
		ZoneId zone = this.clock.getZone();
		Map<Long, AgencySummary> names = new HashMap<>();
		List<ConcernView> out = new ArrayList<>();
		for (Concern concern : concerns) {
			LocalDate day = concern.aroseAt().atZone(zone).toLocalDate();
			if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
				continue;
			}
			if (filter.accepts(state(concern, now))) {
				out.add(view(concern, now, names));
			}
		}
		return out;
	}

	private Concern load(long id) {
		return this.rows.findById(id).orElseThrow(() -> new NotFoundException("Concern " + id));
	}

	private static Instant dueAt(Concern concern) {
		return ResponseClock.dueAt(concern.aroseAt(), concern.dueHours());
	}

	private Instant reminderAt(Concern concern) {
		return ResponseClock.reminderAt(concern.aroseAt(), dueAt(concern), this.properties.reminderPercent());
	}

	private ConcernState state(Concern concern, Instant now) {
		Instant due = dueAt(concern);
		if (concern.answeredAt() != null) {
			return ResponseClock.late(due, concern.answeredAt()) ? ConcernState.ANSWERED_LATE
					: ConcernState.ANSWERED_ON_TIME;
		}
		if (ResponseClock.overdue(due, null, now)) {
			return ConcernState.OVERDUE;
		}
		return ResponseClock.dueSoon(reminderAt(concern), due, null, now) ? ConcernState.DUE_SOON : ConcernState.OPEN;
	}

	private ConcernView view(Concern concern, Instant now, Map<Long, AgencySummary> names) {
		AgencySummary agency = names.computeIfAbsent(concern.agencyId(), (a) -> this.agencies.details(a).summary());
		ZoneId zone = this.clock.getZone();
		Instant due = dueAt(concern);
		Instant answered = concern.answeredAt();
		return new ConcernView(concern.id(), concern.agencyId(), agency.name(), agency.creditCode(), concern.title(),
				concern.kind(), concern.source(), concern.aroseAt(), concern.severity(), concern.dueHours(), due,
				reminderAt(concern), concern.handler(), concern.publicationId(), answered,
				concern.responseKind() == ResponseKind.PUBLICATION, concern.responseLink(), concern.responseNote(),
				state(concern, now), (answered != null) ? ResponseClock.hoursTaken(concern.aroseAt(), answered) : null,
				LocalDateTime.ofInstant(concern.aroseAt(), zone), LocalDateTime.ofInstant(due, zone),
				(answered != null) ? LocalDateTime.ofInstant(answered, zone) : null);
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	/**
	 * Demo only: the concern's response is the published item, answered at {@code at}.
	 */
	void answerByPublication(long id, long publicationId, Instant at) {
		Concern concern = load(id);
		concern.draftedResponse(publicationId);
		concern.answer(ResponseKind.PUBLICATION, at, null, null);
		answered(concern, "demo");
	}

}
