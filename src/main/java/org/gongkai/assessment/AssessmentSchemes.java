package org.gongkai.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.assessment.rules.PeriodKind;
import org.gongkai.assessment.rules.RuleCodes;
import org.gongkai.assessment.rules.Scoring;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schemes (考核方案) of the disclosure offices: each for a period kind and year, with
 * items grouped in sections and veto rules; created empty or from the sample that ships
 * with Gongkai ({@link SampleScheme}); editable by the office that owns it until a result
 * assessed with it is published. Every change is audited; a change to a scheme returns
 * its finalised, unpublished assessments to scoring.
 */
@Service
public class AssessmentSchemes {

	/** The veto rule that any VETO finding sets off. */
	public static final String ANY_VETO = "ANY";

	static final int MAX_NAME = 200;

	static final int MAX_SECTION = 100;

	static final int MAX_TITLE = 200;

	private final Schemes schemes;

	private final AssessmentRecords assessments;

	private final ResultPublications results;

	private final AssessmentAccess access;

	private final AgencyManagement agencies;

	private final SampleScheme sample;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final Clock clock;

	AssessmentSchemes(Schemes schemes, AssessmentRecords assessments, ResultPublications results,
			AssessmentAccess access, AgencyManagement agencies, SampleScheme sample, AuditLog audit,
			EntityManager entityManager, Clock clock) {
		this.schemes = schemes;
		this.assessments = assessments;
		this.results = results;
		this.access = access;
		this.agencies = agencies;
		this.sample = sample;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The agencies whose disclosure office the signed-in user works in. */
	@Transactional(readOnly = true)
	public List<org.gongkai.agency.AgencySummary> offices() {
		return this.access.offices().stream().map((id) -> this.agencies.details(id).summary()).toList();
	}

	/** The schemes of the offices the signed-in user works in, newest year first. */
	@Transactional(readOnly = true)
	public List<SchemeView> schemes() {
		Set<Long> offices = this.access.offices();
		if (offices.isEmpty()) {
			return List.of();
		}
		return this.schemes.findByOwnerAgencyIdInOrderByPeriodYearDescPeriodKindAscIdAsc(offices)
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * One scheme.
	 * @throws NotFoundException if there is none
	 * @throws org.gongkai.platform.ForbiddenException unless the user works in its office
	 */
	@Transactional(readOnly = true)
	public SchemeView scheme(long id) {
		return view(owned(id));
	}

	/** The problems of a new scheme's name, kind and year (empty if none). */
	public List<RuleViolationException> problems(String name, String kind, String year) {
		List<RuleViolationException> out = new ArrayList<>();
		String clean = Text.clean(name);
		if (clean.isEmpty() || clean.length() > MAX_NAME) {
			out.add(new RuleViolationException("assessment.name.invalid", "Scheme name", MAX_NAME));
		}
		if (kind(kind) == null) {
			out.add(new RuleViolationException("assessment.kind.invalid", "Period kind"));
		}
		if (year(year) == null) {
			out.add(new RuleViolationException("assessment.year.invalid", "Year"));
		}
		return out;
	}

	/**
	 * Creates an empty scheme for the office's agency.
	 * @return its id
	 * @throws RuleViolationException for a bad name, kind or year, or when the office has
	 * a scheme for that kind and year already
	 */
	@Transactional
	public long create(long owner, String name, String kind, String year) {
		this.access.requireOffice(owner);
		throwFirst(problems(name, kind, year));
		Scheme scheme = save(owner, Text.clean(name), kind(kind), year(year));
		this.audit.record(AuditRecord.of("assessment.scheme-created", "AssessmentScheme", scheme.id())
			.withAgency(owner)
			.withAfter(scheme.auditSummary()));
		return scheme.id();
	}

	/**
	 * Creates a scheme for the office from the sample that ships with Gongkai.
	 * @return its id
	 * @throws RuleViolationException for a bad kind or year, or when the office has a
	 * scheme for that kind and year already
	 */
	@Transactional
	public long loadSample(long owner, String kind, String year) {
		this.access.requireOffice(owner);
		return sample(owner, kind, year, null);
	}

	/**
	 * Creates the sample scheme for an agency's office without a signed-in user (demo
	 * mode), unless it has one for the kind and year.
	 */
	@Transactional
	public void loadSampleAsSystem(long owner, PeriodKind kind, int year) {
		if (this.schemes.findByOwnerAgencyIdAndPeriodKindAndPeriodYear(owner, kind, year).isEmpty()) {
			sample(owner, kind.name(), String.valueOf(year), "system");
		}
	}

	private long sample(long owner, String kind, String year, String actor) {
		List<RuleViolationException> problems = problems("-", kind, year);
		throwFirst(problems);
		SampleScheme.Sample data = this.sample.read();
		Scheme scheme = save(owner, this.sample.name(data, kind(kind), year(year)), kind(kind), year(year));
		for (SampleScheme.SampleItem item : data.items()) {
			scheme.items().add(new SchemeItem(scheme.nextItemPosition(), item.data()));
		}
		for (SampleScheme.SampleVeto veto : data.vetoes()) {
			scheme.vetoes()
				.add(new SchemeVeto(scheme.nextVetoPosition(), veto.title(), veto.rule(),
						new BigDecimal(veto.ceiling())));
		}
		this.schemes.flush();
		this.audit.record(AuditRecord.of("assessment.scheme-sample-loaded", "AssessmentScheme", scheme.id())
			.withAgency(owner)
			.withActor(actor)
			.withAfter(scheme.auditSummary()));
		return scheme.id();
	}

	/** Renames a scheme. */
	@Transactional
	public void rename(long id, String name) {
		Scheme scheme = editable(id);
		throwFirst(problems(name, scheme.periodKind().name(), String.valueOf(scheme.periodYear())));
		String before = scheme.auditSummary();
		scheme.rename(Text.clean(name));
		changed(scheme, "assessment.scheme-renamed", "AssessmentScheme", scheme.id(), before, scheme.auditSummary());
	}

	/** The problems of an item as typed (empty if none). */
	public List<RuleViolationException> problems(ItemInput input) {
		List<RuleViolationException> out = new ArrayList<>();
		String section = Text.clean(input.section());
		if (section.isEmpty() || section.length() > MAX_SECTION) {
			out.add(new RuleViolationException("assessment.section.invalid", "Section", MAX_SECTION));
		}
		String title = Text.clean(input.title());
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			out.add(new RuleViolationException("assessment.title.invalid", "Title", MAX_TITLE));
		}
		BigDecimal max = Scoring.parse(input.maxPoints(), Scoring.MAX_ITEM);
		if (max == null || max.signum() <= 0) {
			out.add(new RuleViolationException("assessment.max-points.invalid", "Max points"));
		}
		ScoringMethod method = method(input.method());
		if (method == null) {
			out.add(new RuleViolationException("assessment.method.invalid", "Method"));
		}
		else if (method == ScoringMethod.COMPUTED) {
			List<String> rules = (input.rules() != null) ? input.rules() : List.of();
			if (rules.isEmpty() || rules.size() > RuleCodes.ALL.size()
					|| !rules.stream().allMatch(AssessmentSchemes::ruleCode)) {
				out.add(new RuleViolationException("assessment.rules.invalid", "Rules"));
			}
			BigDecimal limit = (max != null) ? max : Scoring.MAX_ITEM;
			BigDecimal per = Scoring.parse(input.perFinding(), limit);
			if (per == null || per.signum() <= 0) {
				out.add(new RuleViolationException("assessment.per-finding.invalid", "Per finding"));
			}
			BigDecimal cap = Scoring.parse(input.cap(), limit);
			if (cap == null || cap.signum() <= 0) {
				out.add(new RuleViolationException("assessment.cap.invalid", "Cap"));
			}
		}
		return out;
	}

	/** Adds an item at the end of a scheme. @return its id */
	@Transactional
	public long addItem(long schemeId, ItemInput input) {
		Scheme scheme = editable(schemeId);
		throwFirst(problems(input));
		SchemeItem item = new SchemeItem(scheme.nextItemPosition(), data(input));
		scheme.items().add(item);
		this.schemes.flush();
		changed(scheme, "assessment.item-added", "AssessmentItem", item.id(), null, item.auditSummary());
		return item.id();
	}

	/** Changes an item of a scheme. */
	@Transactional
	public void changeItem(long schemeId, long itemId, ItemInput input) {
		Scheme scheme = editable(schemeId);
		SchemeItem item = item(scheme, itemId);
		throwFirst(problems(input));
		String before = item.auditSummary();
		item.change(data(input));
		changed(scheme, "assessment.item-changed", "AssessmentItem", item.id(), before, item.auditSummary());
	}

	/** Removes an item from a scheme, with its scores in the scheme's assessments. */
	@Transactional
	public void removeItem(long schemeId, long itemId) {
		Scheme scheme = editable(schemeId);
		SchemeItem item = item(scheme, itemId);
		String before = item.auditSummary();
		this.entityManager.flush();
		this.entityManager.createQuery("delete from AssessmentLine l where l.itemId = :id")
			.setParameter("id", itemId)
			.executeUpdate();
		this.entityManager.clear();
		scheme = this.schemes.findById(schemeId).orElseThrow();
		scheme.items().removeIf((i) -> i.id() == itemId);
		changed(scheme, "assessment.item-removed", "AssessmentItem", itemId, before, null);
	}

	/** The problems of a veto rule as typed (empty if none). */
	public List<RuleViolationException> vetoProblems(String title, String rule, String ceiling) {
		List<RuleViolationException> out = new ArrayList<>();
		String clean = Text.clean(title);
		if (clean.isEmpty() || clean.length() > MAX_TITLE) {
			out.add(new RuleViolationException("assessment.veto-title.invalid", "Veto title", MAX_TITLE));
		}
		String r = (rule != null) ? rule.strip() : "";
		if (!r.isEmpty() && !ANY_VETO.equals(r) && !ruleCode(r)) {
			out.add(new RuleViolationException("assessment.veto-rule.invalid", "Veto rule"));
		}
		if (Scoring.parse(ceiling, Scoring.MAX_ITEM) == null) {
			out.add(new RuleViolationException("assessment.ceiling.invalid", "Ceiling"));
		}
		return out;
	}

	/** Adds a veto rule to a scheme. @return its id */
	@Transactional
	public long addVeto(long schemeId, String title, String rule, String ceiling) {
		Scheme scheme = editable(schemeId);
		throwFirst(vetoProblems(title, rule, ceiling));
		String r = (rule != null && !rule.isBlank()) ? rule.strip() : null;
		SchemeVeto veto = new SchemeVeto(scheme.nextVetoPosition(), Text.clean(title), r,
				Scoring.parse(ceiling, Scoring.MAX_ITEM));
		scheme.vetoes().add(veto);
		this.schemes.flush();
		changed(scheme, "assessment.veto-added", "AssessmentVeto", veto.id(), null, veto.auditSummary());
		return veto.id();
	}

	/** Removes a veto rule from a scheme, with where it applied. */
	@Transactional
	public void removeVeto(long schemeId, long vetoId) {
		Scheme scheme = editable(schemeId);
		SchemeVeto veto = scheme.vetoes()
			.stream()
			.filter((v) -> v.id() == vetoId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Veto " + vetoId));
		String before = veto.auditSummary();
		this.entityManager.flush();
		this.entityManager.createQuery("delete from VetoHit h where h.vetoId = :id")
			.setParameter("id", vetoId)
			.executeUpdate();
		this.entityManager.clear();
		scheme = this.schemes.findById(schemeId).orElseThrow();
		scheme.vetoes().removeIf((v) -> v.id() == vetoId);
		changed(scheme, "assessment.veto-removed", "AssessmentVeto", vetoId, before, null);
	}

	/** Whether a result assessed with the scheme was published. */
	boolean locked(Scheme scheme) {
		return this.assessments.findBySchemeId(scheme.id())
			.stream()
			.map((a) -> a.ownerAgencyId() + "|" + a.period())
			.distinct()
			.anyMatch((key) -> {
				String[] parts = key.split("\\|");
				return this.results.findByOwnerAgencyIdAndPeriod(Long.parseLong(parts[0]), parts[1]).isPresent();
			});
	}

	SchemeView view(Scheme scheme) {
		String code = this.agencies.details(scheme.ownerAgencyId()).summary().creditCode();
		return new SchemeView(scheme.id(), scheme.ownerAgencyId(), code, scheme.name(), scheme.periodKind(),
				scheme.periodYear(), scheme.items().stream().map(SchemeItem::view).toList(),
				scheme.vetoes().stream().map(SchemeVeto::view).toList(), locked(scheme));
	}

	private Scheme save(long owner, String name, PeriodKind kind, int year) {
		if (this.schemes.findByOwnerAgencyIdAndPeriodKindAndPeriodYear(owner, kind, year).isPresent()) {
			throw new RuleViolationException("assessment.scheme.exists", "Scheme exists for " + kind + " " + year);
		}
		return this.schemes
			.saveAndFlush(new Scheme(owner, name, kind, year, Instant.now(this.clock), AssessmentAccess.actor()));
	}

	private Scheme owned(long id) {
		Scheme scheme = this.schemes.findById(id).orElseThrow(() -> new NotFoundException("Scheme " + id));
		this.access.requireOffice(scheme.ownerAgencyId());
		return scheme;
	}

	private Scheme editable(long id) {
		Scheme scheme = owned(id);
		if (locked(scheme)) {
			throw new RuleViolationException("assessment.scheme.locked", "Scheme " + id + " is published");
		}
		return scheme;
	}

	private static SchemeItem item(Scheme scheme, long itemId) {
		return scheme.items()
			.stream()
			.filter((i) -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Item " + itemId));
	}

	/**
	 * Audits a change to a scheme and returns its finalised assessments to scoring (each
	 * audited), since their totals no longer follow from it.
	 */
	private void changed(Scheme scheme, String action, String type, long id, String before, String after) {
		this.audit.record(AuditRecord.of(action, type, id)
			.withAgency(scheme.ownerAgencyId())
			.withBefore(before)
			.withAfter((after != null) ? "scheme=" + scheme.id() + ", " + after : "scheme=" + scheme.id()));
		for (Assessment assessment : this.assessments.findBySchemeId(scheme.id())) {
			if (assessment.state() == AssessmentState.FINAL) {
				String was = assessment.auditSummary();
				assessment.reopen();
				this.audit.record(AuditRecord.of("assessment.reopened", "Assessment", assessment.id())
					.withAgency(assessment.agencyId())
					.withBefore(was)
					.withAfter(assessment.auditSummary() + ", because=scheme changed"));
			}
		}
	}

	private static ItemData data(ItemInput input) {
		BigDecimal max = Scoring.parse(input.maxPoints(), Scoring.MAX_ITEM);
		ScoringMethod method = method(input.method());
		boolean computed = method == ScoringMethod.COMPUTED;
		return new ItemData(Text.clean(input.section()), Text.clean(input.title()), max, method,
				computed ? input.rules().stream().distinct().toList() : List.of(),
				computed ? Scoring.parse(input.perFinding(), max) : null,
				computed ? Scoring.parse(input.cap(), max) : null);
	}

	static boolean ruleCode(String text) {
		return RuleCodes.known(text);
	}

	static ScoringMethod method(String text) {
		for (ScoringMethod m : ScoringMethod.values()) {
			if (m.name().equals(text)) {
				return m;
			}
		}
		return null;
	}

	static PeriodKind kind(String text) {
		for (PeriodKind k : PeriodKind.values()) {
			if (k.name().equals(text)) {
				return k;
			}
		}
		return null;
	}

	static Integer year(String text) {
		if (text == null || !text.strip().matches("20\\d\\d")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	private static void throwFirst(List<RuleViolationException> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

}
