package org.gongkai.village;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationStatistics;
import org.gongkai.publication.PublicationSummary;
import org.gongkai.publication.Validity;
import org.gongkai.village.rules.Cadence;
import org.gongkai.village.rules.Period;
import org.gongkai.village.rules.VillageColumns;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village affairs API (docs/legal-rules.md, Village affairs). Who sees which villages
 * ({@link #villagesOf}): a village's own staff (clerk, reviewer, leader, supervisor)
 * their village; a township's staff every village under it; a disclosure office every
 * village below it. Postings are drafted by the village's clerks and go through the
 * publication workflow, where the supervision committee signs them
 * ({@link org.gongkai.publication.PublicationReview#supervisionReview}).
 */
@Service
public class VillageAffairs {

	/** How many past periods a village's page shows per periodic column. */
	static final int HISTORY = 12;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final PublicationDrafting drafting;

	private final PublicationQueries publications;

	private final PublicationStatistics statistics;

	private final VillagePostings postings;

	private final BoardSheet sheets;

	private final AuditLog audit;

	private final VillageProperties properties;

	private final Clock clock;

	private final GongkaiProperties gongkai;

	VillageAffairs(GongkaiProperties gongkai, AgencyManagement agencies, CatalogManagement catalog,
			PublicationDrafting drafting, PublicationQueries publications, PublicationStatistics statistics,
			VillagePostings postings, BoardSheet sheets, AuditLog audit, VillageProperties properties, Clock clock) {
		this.agencies = agencies;
		this.catalog = catalog;
		this.drafting = drafting;
		this.publications = publications;
		this.statistics = statistics;
		this.postings = postings;
		this.sheets = sheets;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.gongkai = gongkai;
	}

	/**
	 * The villages the signed-in user oversees or works for, in the agencies' order.
	 */
	@Transactional(readOnly = true)
	public List<AgencySummary> villagesOf() {
		StaffPrincipal me = AgencyAccess.current();
		List<AgencySummary> all = this.agencies.all();
		Set<Long> ids = new LinkedHashSet<>();
		if (me != null) {
			Map<Long, AgencySummary> byId = all.stream().collect(Collectors.toMap(AgencySummary::id, (a) -> a));
			for (Grant grant : me.grants()) {
				AgencySummary agency = (grant.agencyId() != null) ? byId.get(grant.agencyId()) : null;
				if (agency == null) {
					continue;
				}
				if (grant.role() == Role.DISCLOSURE_OFFICE) {
					ids.addAll(this.agencies.selfAndDescendants(agency.id()));
				}
				else if (agency.level() == AgencyLevel.TOWNSHIP) {
					all.stream().filter((a) -> agency.id() == nz(a.parentId())).forEach((a) -> ids.add(a.id()));
				}
				else if (agency.level() == AgencyLevel.VILLAGE) {
					ids.add(agency.id());
				}
			}
		}
		return all.stream().filter((a) -> a.level() == AgencyLevel.VILLAGE && ids.contains(a.id())).toList();
	}

	/**
	 * The township's view: per village the due period's postings of its periodic columns,
	 * what it published this period, and its count for {@code year}. Empty for a user who
	 * oversees no village (a department's staff).
	 * @param year the year counted; clamped to 2000 … this year
	 */
	@Transactional(readOnly = true)
	public VillageOverview overview(int year) {
		List<AgencySummary> villages = villagesOf();
		LocalDate today = LocalDate.now(this.clock);
		int shown = Math.max(Period.FIRST_YEAR, Math.min(year, today.getYear()));
		Cadence cadence = this.properties.financeCadence();
		Period current = Period.containing(today, cadence);
		Period due = current.previous();
		Map<Long, List<VillagePosting>> byVillage = this.postings
			.findByAgencyIdIn(villages.stream().map(AgencySummary::id).toList())
			.stream()
			.collect(Collectors.groupingBy(VillagePosting::agencyId));
		Map<Long, AgencySummary> townships = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencySummary::id, (a) -> a));
		List<VillageStatus> rows = new ArrayList<>();
		for (AgencySummary village : villages) {
			List<VillagePosting> own = byVillage.getOrDefault(village.id(), List.of());
			List<DuePosting> owed = columns(village.id()).stream()
				.filter(VillageColumn::periodic)
				.map((column) -> state(column, due, own))
				.toList();
			List<PublicationSummary> thisPeriod = this.publications.publicList(village.id(), null, 0, 100)
				.stream()
				.filter((p) -> p.publishedOn() != null && current.holds(p.publishedOn()))
				.toList();
			long count = this.statistics.publishedByColumn(village.id(), shown)
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.sum();
			rows.add(new VillageStatus(village, townships.get(village.parentId()), owed, thisPeriod, count));
		}
		return new VillageOverview(shown, current, due, rows);
	}

	/**
	 * One village's page for whoever oversees or works for it.
	 * @throws NotFoundException for an unknown code or an agency that is no village
	 * @throws ForbiddenException if the user does not oversee it
	 */
	@Transactional(readOnly = true)
	public VillagePage village(String creditCode) {
		AgencySummary village = overseen(creditCode);
		List<VillageColumn> columns = columns(village.id());
		List<VillagePosting> own = this.postings.findByAgencyIdIn(List.of(village.id()));
		// from the period now due (the current one is not due before it ends)
		Period last = Period.dueOn(LocalDate.now(this.clock), this.properties.financeCadence());
		List<DuePosting> history = new ArrayList<>();
		for (VillageColumn column : columns) {
			if (column.periodic()) {
				last.lastOnes(HISTORY).forEach((period) -> history.add(state(column, period, own)));
			}
		}
		StaffPrincipal me = AgencyAccess.current();
		return new VillagePage(village, columns, history, me != null && me.has(Role.CLERK, village.id()));
	}

	/** A village's columns with their cadence, in tree order (hidden ones left out). */
	@Transactional(readOnly = true)
	public List<VillageColumn> columns(long villageId) {
		return this.catalog.publicTree(villageId)
			.stream()
			.map((c) -> new VillageColumn(c.id(), c.code(), c.name(), c.depth(),
					VillageColumns.cadenceOf(c.code(), this.properties.financeCadence())))
			.toList();
	}

	/** The finance periods a posting may cover now: this one and the eleven before. */
	@Transactional(readOnly = true)
	public List<Period> periods() {
		return Period.containing(LocalDate.now(this.clock), this.properties.financeCadence()).lastOnes(HISTORY);
	}

	/**
	 * Every problem with a posting as typed, for the form: those of the publication
	 * draft, and the column and period.
	 * @param periodKey {@code 2026-11} or {@code 2026-Q4}; required for a periodic column
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> problems(long villageId, String periodKey, PublicationDraft draft) {
		List<RuleViolationException> problems = new ArrayList<>(this.drafting.problems(villageId, draft));
		VillageColumn column = column(villageId, draft.columnId());
		if (column == null) {
			if (problems.stream().noneMatch((p) -> p.messageKey().equals("publication.column.invalid"))) {
				problems.add(new RuleViolationException("village.column.invalid", "Not a column of the village"));
			}
		}
		else if (column.periodic() && period(periodKey) == null) {
			problems.add(new RuleViolationException("village.period.invalid", "Bad period " + periodKey));
		}
		return problems;
	}

	/**
	 * Drafts a posting for a village (its clerks): a publication in the village's column
	 * (the body as typed: paragraphs, and lines with tabs or {@code |} between cells as a
	 * table), and for a periodic column the period it covers, which the township's view
	 * reads. It then goes through content review and the supervision committee.
	 * @param periodKey the period, for a periodic column (ignored for the others)
	 * @return the publication's id
	 * @throws ForbiddenException unless a clerk of the village
	 * @throws RuleViolationException for the first problem ({@link #problems})
	 */
	@Transactional
	public long draft(String creditCode, String periodKey, PublicationDraft draft) {
		AgencySummary village = villageAgency(creditCodeOf(creditCode));
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !me.has(Role.CLERK, village.id())) {
			throw new ForbiddenException("Clerk of village " + village.id() + " required");
		}
		List<RuleViolationException> problems = problems(village.id(), periodKey, draft);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		VillageColumn column = column(village.id(), draft.columnId());
		PublicationDraft typed = new PublicationDraft(draft.columnId(), draft.title(), draft.summary(),
				BoardSheet.bodyHtml(draft.body()), draft.documentNumber(), draft.madeOn(),
				(draft.genre() != null) ? draft.genre() : Genre.NOTICE,
				(draft.validity() != null) ? draft.validity() : Validity.VALID, draft.theme());
		long id = this.drafting.draft(village.id(), typed);
		if (column.periodic()) {
			VillagePosting posting = this.postings.save(new VillagePosting(id, village.id(), column.id(), column.code(),
					period(periodKey), me.username(), Instant.now(this.clock)));
			this.audit.record(AuditRecord.of("village.period-recorded", "Publication", id)
				.withAgency(village.id())
				.withAfter(posting.auditSummary()));
		}
		return id;
	}

	/**
	 * The print of a village item for its board (公开栏): the village's name, column, title,
	 * the period it covers, body and tables, the posting date, the supervision
	 * committee's record and the places for the signatures; for staff who oversee or work
	 * for the village (an item not yet published only for those who may see it in the
	 * back office).
	 * @throws NotFoundException for an unknown item, or one of an agency that is no
	 * village
	 * @throws ForbiddenException if the user does not oversee the village
	 */
	@Transactional(readOnly = true)
	public BoardPrint boardPrint(long publicationId) {
		PublicationItem item;
		if (this.publications.isPublic(publicationId)) {
			item = this.publications.publicItem(publicationId);
		}
		else {
			item = this.publications.find(publicationId);
		}
		AgencySummary village = this.agencies.details(item.agencyId()).summary();
		if (village.level() != AgencyLevel.VILLAGE) {
			throw new NotFoundException("Not a village's item: " + publicationId);
		}
		if (villagesOf().stream().noneMatch((v) -> v.id() == village.id())) {
			throw new ForbiddenException("Village " + village.id() + " not overseen");
		}
		String column = columns(village.id()).stream()
			.filter((c) -> c.id() == item.columnId())
			.map(VillageColumn::name)
			.findFirst()
			.orElse("");
		Period period = this.postings.findById(publicationId).map(VillagePosting::period).orElse(null);
		return this.sheets.print(village, column, item, period);
	}

	/**
	 * Records the period of a demo posting published with its historical date (demo mode
	 * only: the demo county's villages show a year of monthly accounts).
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public void recordDemoPeriod(long publicationId, long villageId, long columnId, String columnCode,
			String periodKey) {
		if (!this.gongkai.demo()) {
			throw new IllegalStateException("Demo postings only in demo mode");
		}
		Period period = Period.parse(periodKey, this.properties.financeCadence());
		VillagePosting posting = this.postings.save(new VillagePosting(publicationId, villageId, columnId, columnCode,
				period, "system", Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("village.period-recorded", "Publication", publicationId)
			.withAgency(villageId)
			.withActor("system")
			.withAfter(posting.auditSummary()));
	}

	/**
	 * A body as a clerk types it on the posting form, as the HTML the publication keeps:
	 * paragraphs, and lines of cells between tabs or {@code |} as a table.
	 */
	public static String typedBody(String typed) {
		return BoardSheet.bodyHtml(typed);
	}

	private DuePosting state(VillageColumn column, Period period, List<VillagePosting> own) {
		List<VillagePosting> matching = own.stream()
			.filter((p) -> column.code() != null && column.code().equals(p.columnCode()) && p.period().equals(period))
			.sorted(Comparator.comparing(VillagePosting::publicationId))
			.toList();
		for (VillagePosting posting : matching) {
			if (this.publications.isPublic(posting.publicationId())) {
				LocalDate on = this.publications.publicItem(posting.publicationId()).publishedOn();
				return new DuePosting(column, period, DuePosting.State.POSTED, posting.publicationId(), on);
			}
		}
		if (!matching.isEmpty()) {
			return new DuePosting(column, period, DuePosting.State.IN_PROGRESS,
					matching.get(matching.size() - 1).publicationId(), null);
		}
		return new DuePosting(column, period, DuePosting.State.MISSING, null, null);
	}

	private VillageColumn column(long villageId, Long columnId) {
		if (columnId == null) {
			return null;
		}
		return columns(villageId).stream()
			.filter((c) -> c.id() == columnId && VillageColumns.villageColumn(c.code()))
			.findFirst()
			.orElse(null);
	}

	/** A period of the installation's cadence, not after the current one; else null. */
	private Period period(String key) {
		Period period = Period.parse(key, this.properties.financeCadence());
		Period current = Period.containing(LocalDate.now(this.clock), this.properties.financeCadence());
		return (period != null && !period.start().isAfter(current.start())) ? period : null;
	}

	private AgencySummary overseen(String creditCode) {
		AgencySummary village = villageAgency(creditCodeOf(creditCode));
		if (villagesOf().stream().noneMatch((v) -> v.id() == village.id())) {
			throw new ForbiddenException("Village " + village.id() + " not overseen");
		}
		return village;
	}

	private AgencySummary villageAgency(String creditCode) {
		AgencySummary agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode))
			.summary();
		if (agency.level() != AgencyLevel.VILLAGE) {
			throw new NotFoundException("Not a village: " + creditCode);
		}
		return agency;
	}

	private static String creditCodeOf(String creditCode) {
		String code = (creditCode != null) ? creditCode.strip() : "";
		if (code.length() != 18) {
			throw new NotFoundException("Agency " + creditCode);
		}
		return code;
	}

	private static long nz(Long value) {
		return (value != null) ? value : -1;
	}

}
