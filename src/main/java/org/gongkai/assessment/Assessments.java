package org.gongkai.assessment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.assessment.rules.Period;
import org.gongkai.assessment.rules.Scoring;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.inspection.InspectionFinding;
import org.gongkai.inspection.InspectionHistory;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.Text;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments (考核) of a period: the office opens the period for every agency below
 * it; each agency enters its self-assessment (自评) of the manual items and submits it; the
 * office scores (computed items from the findings of the website inspection's runs in the
 * period, each problem once; manual items from the self-assessment, adjusted with a
 * reason), ticks named vetoes, finalises, and publishes the period's results (公示) when it
 * chooses. Every step checks who may take it on the server and is audited.
 */
@Service
public class Assessments {

	/** The longest note or reason, in characters. */
	public static final int MAX_NOTE = 1000;

	/** What an evidence file may be. */
	static final UploadPolicy EVIDENCE = new UploadPolicy(10L * 1024 * 1024,
			Set.of(Uploads.PDF, Uploads.DOCX, Uploads.XLSX, Uploads.PNG, Uploads.JPEG), 0);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final AssessmentRecords records;

	private final Schemes schemes;

	private final ResultPublications results;

	private final AssessmentAccess access;

	private final AgencyManagement agencies;

	private final InspectionHistory inspections;

	private final Uploads uploads;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	Assessments(AssessmentRecords records, Schemes schemes, ResultPublications results, AssessmentAccess access,
			AgencyManagement agencies, InspectionHistory inspections, Uploads uploads, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.records = records;
		this.schemes = schemes;
		this.results = results;
		this.access = access;
		this.agencies = agencies;
		this.inspections = inspections;
		this.uploads = uploads;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens the period for every agency below the office's agency that has no assessment
	 * for it yet, under the office's scheme for the period's kind and year.
	 * @return how many assessments were opened
	 * @throws RuleViolationException for a malformed period, when the office has no
	 * scheme for it, or when its results are published
	 */
	@Transactional
	public int open(long owner, String periodText) {
		this.access.requireOffice(owner);
		return open(owner, Period.parse(periodText), AssessmentAccess.actor());
	}

	/** Opens the period as the system (demo mode), as {@link #open(long, String)}. */
	@Transactional
	public int openAsSystem(long owner, Period period) {
		return open(owner, period, "system");
	}

	private int open(long owner, Period period, String actor) {
		Scheme scheme = this.schemes.findByOwnerAgencyIdAndPeriodKindAndPeriodYear(owner, period.kind(), period.year())
			.orElseThrow(() -> new RuleViolationException("assessment.scheme.missing", "No scheme for " + period,
					period.code()));
		if (this.results.findByOwnerAgencyIdAndPeriod(owner, period.code()).isPresent()) {
			throw new RuleViolationException("assessment.published", "Published: " + period);
		}
		int opened = 0;
		Instant now = Instant.now(this.clock);
		for (long agencyId : this.agencies.selfAndDescendants(owner)) {
			if (agencyId == owner || this.records.findByAgencyIdAndPeriod(agencyId, period.code()).isPresent()) {
				continue;
			}
			// village and residents' committees are not administrative organs: the
			// township checks their 村务公开 (the village module), the county's scheme
			// of government disclosure does not score them
			if (this.agencies.details(agencyId).summary().level() == AgencyLevel.VILLAGE) {
				continue;
			}
			Assessment assessment = this.records
				.save(new Assessment(scheme.id(), owner, agencyId, period.code(), now, actor));
			this.audit.record(AuditRecord.of("assessment.opened", "Assessment", assessment.id())
				.withAgency(agencyId)
				.withActor(actor)
				.withAfter(assessment.auditSummary() + ", scheme=" + scheme.id()));
			opened++;
		}
		return opened;
	}

	/** The periods the offices of the signed-in user opened, newest first. */
	@Transactional(readOnly = true)
	public List<OpenedPeriod> periods() {
		Set<Long> offices = this.access.offices();
		if (offices.isEmpty()) {
			return List.of();
		}
		List<OpenedPeriod> out = new ArrayList<>();
		for (Object[] row : this.records.periodsOf(offices)) {
			long owner = (Long) row[0];
			String period = (String) row[1];
			out.add(new OpenedPeriod(summary(owner), period,
					this.results.findByOwnerAgencyIdAndPeriod(owner, period).isPresent()));
		}
		return out;
	}

	/**
	 * A period opened by an office in which the signed-in user works.
	 *
	 * @param owner the office's agency
	 * @param period the period
	 * @param published whether its results are published
	 */
	public record OpenedPeriod(AgencySummary owner, String period, boolean published) {

	}

	/**
	 * The assessments of the agencies whose clerk or leader the user is, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AssessmentView> own() {
		Set<Long> mine = this.access.staffOf();
		if (mine.isEmpty()) {
			return List.of();
		}
		return this.records.findByAgencyIdInOrderByPeriodDescIdAsc(mine).stream().map(this::view).toList();
	}

	/**
	 * The office's table of a period: every agency with state, total and rank.
	 * @throws NotFoundException for an agency not found or a period not opened
	 */
	@Transactional(readOnly = true)
	public PeriodTable table(String ownerCode, String periodText) {
		Period period = Period.parse(periodText);
		AgencySummary owner = agency(ownerCode);
		this.access.requireOffice(owner.id());
		List<Assessment> all = this.records.findByOwnerAgencyIdAndPeriodOrderByIdAsc(owner.id(), period.code());
		if (all.isEmpty()) {
			throw new NotFoundException("Period " + period + " of " + ownerCode);
		}
		List<PeriodTable.Row> rows = new ArrayList<>();
		for (Assessment a : all) {
			AssessmentView v = view(a);
			rows.add(new PeriodTable.Row(v.agency(), a.state(), v.total(), null));
		}
		rows = ranked(rows);
		Scheme scheme = this.schemes.findById(all.get(0).schemeId()).orElseThrow();
		return new PeriodTable(owner, period.code(), scheme.name(),
				this.results.findByOwnerAgencyIdAndPeriod(owner.id(), period.code()).isPresent(), rows);
	}

	/**
	 * An agency's assessment of a period, for its clerks and leaders and the offices
	 * above it.
	 * @throws RuleViolationException for a malformed period
	 * @throws NotFoundException for an unknown agency, or no assessment of the period
	 * @throws org.gongkai.platform.ForbiddenException for anyone else
	 */
	@Transactional(readOnly = true)
	public AssessmentView assessment(String creditCode, String periodText) {
		return view(readable(creditCode, periodText));
	}

	/** Whether the signed-in user may enter the agency's self-assessment. */
	@Transactional(readOnly = true)
	public boolean selfAssessor(long agencyId) {
		return this.access.staffOf().contains(agencyId);
	}

	/** Whether the signed-in user scores for the office. */
	@Transactional(readOnly = true)
	public boolean office(long owner) {
		return this.access.offices().contains(owner);
	}

	/**
	 * The problems of a self-assessment or an office's entries as typed, by field id
	 * ({@code points-<item>}, {@code note-<item>}); empty if none.
	 * @param complete whether every manual item needs points (submitting, finalising)
	 * @param reasons whether a changed score needs a reason (the office)
	 */
	public Map<String, RuleViolationException> problems(AssessmentView view, Map<Long, SelfEntry> entries,
			boolean complete, boolean reasons) {
		Map<String, RuleViolationException> out = new LinkedHashMap<>();
		for (LineView line : view.lines()) {
			ItemView item = line.item();
			if (item.computed()) {
				continue;
			}
			SelfEntry entry = entries.get(item.id());
			String typed = (entry != null && entry.points() != null) ? entry.points().strip() : "";
			BigDecimal points = Scoring.parse(typed, item.maxPoints());
			if (!typed.isEmpty() && points == null) {
				out.put("points-" + item.id(), new RuleViolationException("assessment.points.invalid",
						"Points of item " + item.id(), item.title(), item.max()));
			}
			else if (typed.isEmpty() && complete) {
				out.put("points-" + item.id(), new RuleViolationException("assessment.points.missing",
						"No points for item " + item.id(), item.title(), item.max()));
			}
			String note = Text.clean((entry != null) ? entry.note() : null);
			if (note.length() > MAX_NOTE) {
				out.put("note-" + item.id(), new RuleViolationException("assessment.note.invalid",
						"Note of item " + item.id(), item.title(), String.valueOf(MAX_NOTE)));
			}
			else if (reasons && points != null && note.isEmpty()
					&& (line.selfPoints() == null || points.compareTo(line.selfPoints()) != 0)
					&& (line.points() == null || points.compareTo(line.points()) != 0)) {
				out.put("note-" + item.id(), new RuleViolationException("assessment.reason.required",
						"No reason for item " + item.id(), item.title(), String.valueOf(MAX_NOTE)));
			}
		}
		return out;
	}

	/**
	 * Saves the agency's self-assessment of its manual items, and submits it if asked.
	 * @throws RuleViolationException for points out of range, a note too long, a refused
	 * file, missing points when submitting, or an assessment no longer open for it
	 */
	@Transactional
	public void saveSelf(String creditCode, String periodText, Map<Long, SelfEntry> entries, boolean submit) {
		Assessment assessment = readable(creditCode, periodText);
		this.access.requireStaff(assessment.agencyId());
		if (assessment.state() != AssessmentState.SELF_ASSESSMENT) {
			throw new RuleViolationException("assessment.state.not-open", "Not open: " + assessment.id());
		}
		AssessmentView view = view(assessment);
		throwFirst(problems(view, entries, submit, false));
		String before = assessment.auditSummary() + ", self=" + Scoring.text(view.selfSum());
		for (LineView line : view.lines()) {
			SelfEntry entry = entries.get(line.item().id());
			if (line.item().computed() || entry == null) {
				continue;
			}
			AssessmentLine stored = assessment.line(line.item().id());
			String typed = (entry.points() != null) ? entry.points().strip() : "";
			String note = Text.clean(entry.note());
			stored.self(typed.isEmpty() ? null : Scoring.parse(typed, line.item().maxPoints()),
					note.isEmpty() ? null : note);
			evidence(stored, entry.evidence());
		}
		if (submit) {
			assessment.submit(Instant.now(this.clock), AssessmentAccess.actor());
		}
		this.records.flush();
		this.audit.record(AuditRecord
			.of(submit ? "assessment.self-submitted" : "assessment.self-saved", "Assessment", assessment.id())
			.withAgency(assessment.agencyId())
			.withBefore(before)
			.withAfter(assessment.auditSummary() + ", self=" + Scoring.text(view(assessment).selfSum())));
	}

	/**
	 * The office scores: computed items from the findings of the inspection's runs in the
	 * period (each problem once), vetoes set off by VETO findings; manual items without
	 * the office's points take the agency's own.
	 * @throws RuleViolationException once the assessment is final
	 */
	@Transactional
	public AssessmentView score(String creditCode, String periodText) {
		Assessment assessment = officeOf(creditCode, periodText);
		String before = assessment.auditSummary() + ", sum=" + Scoring.text(view(assessment).sum());
		compute(assessment);
		this.records.flush();
		AssessmentView after = view(assessment);
		this.audit.record(AuditRecord.of("assessment.scored", "Assessment", assessment.id())
			.withAgency(assessment.agencyId())
			.withBefore(before)
			.withAfter(assessment.auditSummary() + ", runs=" + assessment.runs() + ", sum=" + after.sumText()
					+ ", total=" + after.totalText()));
		return after;
	}

	/**
	 * The office enters its points for manual items, each changed score with a reason,
	 * and evidence.
	 * @throws RuleViolationException for points out of range, a missing or over-long
	 * reason, a refused file, or a final assessment
	 */
	@Transactional
	public void adjust(String creditCode, String periodText, Map<Long, SelfEntry> entries) {
		Assessment assessment = officeOf(creditCode, periodText);
		AssessmentView view = view(assessment);
		throwFirst(problems(view, entries, false, true));
		List<String> changes = new ArrayList<>();
		for (LineView line : view.lines()) {
			SelfEntry entry = entries.get(line.item().id());
			if (line.item().computed() || entry == null) {
				continue;
			}
			String typed = (entry.points() != null) ? entry.points().strip() : "";
			String note = Text.clean(entry.note());
			AssessmentLine stored = assessment.line(line.item().id());
			BigDecimal points = typed.isEmpty() ? null : Scoring.parse(typed, line.item().maxPoints());
			String reason = note.isEmpty() ? null : note;
			boolean same = equal(points, stored.points()) && java.util.Objects.equals(reason, stored.reason());
			if (!same) {
				stored.score(points, reason, null);
				changes.add(line.item().id() + ":" + stored.auditSummary());
			}
			if (entry.evidence() != null) {
				evidence(stored, entry.evidence());
				changes.add(line.item().id() + ":evidence=" + stored.evidenceSha());
			}
		}
		if (changes.isEmpty()) {
			return;
		}
		this.records.flush();
		this.audit.record(AuditRecord.of("assessment.adjusted", "Assessment", assessment.id())
			.withAgency(assessment.agencyId())
			.withAfter(String.join("; ", changes)));
	}

	/**
	 * The office ticks a named veto (one without a rule) with a reason, or clears it.
	 * @throws RuleViolationException for a veto with a rule, a missing reason, or a final
	 * assessment
	 */
	@Transactional
	public void veto(String creditCode, String periodText, long vetoId, boolean applies, String reason) {
		Assessment assessment = officeOf(creditCode, periodText);
		Scheme scheme = this.schemes.findById(assessment.schemeId()).orElseThrow();
		SchemeVeto veto = scheme.vetoes()
			.stream()
			.filter((v) -> v.id() == vetoId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Veto " + vetoId));
		if (veto.rule() != null) {
			throw new RuleViolationException("assessment.veto.computed", "Veto " + vetoId + " has a rule");
		}
		String clean = Text.clean(reason);
		Optional<VetoHit> hit = assessment.hit(vetoId);
		if (applies) {
			if (clean.isEmpty() || clean.length() > MAX_NOTE) {
				throw new RuleViolationException("assessment.veto-reason.invalid", "Veto reason",
						String.valueOf(MAX_NOTE));
			}
			hit.ifPresent(assessment.hits()::remove);
			this.records.flush();
			assessment.hits().add(new VetoHit(vetoId, VetoHit.MANUAL, clean));
		}
		else if (hit.isPresent()) {
			assessment.hits().remove(hit.get());
		}
		else {
			return;
		}
		this.records.flush();
		this.audit.record(AuditRecord
			.of(applies ? "assessment.veto-applied" : "assessment.veto-cleared", "Assessment", assessment.id())
			.withAgency(assessment.agencyId())
			.withAfter("veto=" + vetoId + (applies ? ", reason=" + clean : "")));
	}

	/**
	 * The office finalises: scores once more and fixes the total.
	 * @throws RuleViolationException while an item has no points (a manual item without
	 * points, or no inspection run in the period)
	 */
	@Transactional
	public AssessmentView finalise(String creditCode, String periodText) {
		Assessment assessment = officeOf(creditCode, periodText);
		compute(assessment);
		this.records.flush();
		AssessmentView view = view(assessment);
		long missing = view.lines().stream().filter((l) -> l.points() == null).count();
		if (missing > 0) {
			throw new RuleViolationException("assessment.finalise.unscored",
					"Items without points: " + missing + " in " + assessment.id(), missing);
		}
		String before = assessment.auditSummary();
		assessment.finalise(Instant.now(this.clock), AssessmentAccess.actor(), view.total());
		this.records.flush();
		this.audit.record(AuditRecord.of("assessment.finalised", "Assessment", assessment.id())
			.withAgency(assessment.agencyId())
			.withBefore(before)
			.withAfter(assessment.auditSummary() + ", sum=" + view.sumText()));
		return view(assessment);
	}

	/**
	 * The office publishes the period's results (公示): from then on the public page shows
	 * every agency's total and rank, and the scheme is read only.
	 * @throws RuleViolationException unless every assessment of the period is final, or
	 * when they are published already
	 */
	@Transactional
	public void publish(String ownerCode, String periodText) {
		Period period = Period.parse(periodText);
		AgencySummary owner = agency(ownerCode);
		this.access.requireOffice(owner.id());
		List<Assessment> all = this.records.findByOwnerAgencyIdAndPeriodOrderByIdAsc(owner.id(), period.code());
		if (all.isEmpty()) {
			throw new NotFoundException("Period " + period + " of " + ownerCode);
		}
		if (this.results.findByOwnerAgencyIdAndPeriod(owner.id(), period.code()).isPresent()) {
			throw new RuleViolationException("assessment.published", "Published: " + period);
		}
		long open = all.stream().filter((a) -> a.state() != AssessmentState.FINAL).count();
		if (open > 0) {
			throw new RuleViolationException("assessment.publish.not-final", "Not final: " + open, open);
		}
		ResultPublication result = this.results.saveAndFlush(
				new ResultPublication(owner.id(), period.code(), Instant.now(this.clock), AssessmentAccess.actor()));
		this.audit.record(AuditRecord.of("assessment.published", "AssessmentResult", result.id())
			.withAgency(owner.id())
			.withAfter("period=" + period.code() + ", agencies=" + all.size()));
	}

	/** Every published result, newest first (the public index; no sign-in). */
	@Transactional(readOnly = true)
	public List<PublicResult> published() {
		return this.results.findAllByOrderByPublishedAtDescIdDesc()
			.stream()
			.map((r) -> publicResult(r, List.of()))
			.toList();
	}

	/**
	 * A published result (no sign-in): agencies, totals and ranks only.
	 * @throws NotFoundException unless the office published the period's results
	 */
	@Transactional(readOnly = true)
	public PublicResult published(String ownerCode, String periodText) {
		Period period = Period.parse(periodText);
		String code = (ownerCode != null) ? ownerCode.strip() : "";
		AgencySummary owner = (code.length() == 18) ? this.agencies.findByCreditCode(code)
			.map(AgencyDetails::summary)
			.orElseThrow(() -> new NotFoundException("Agency " + code)) : null;
		if (owner == null) {
			throw new NotFoundException("Agency " + code);
		}
		ResultPublication result = this.results.findByOwnerAgencyIdAndPeriod(owner.id(), period.code())
			.orElseThrow(() -> new NotFoundException("No published result " + period));
		List<PeriodTable.Row> rows = new ArrayList<>();
		for (Assessment a : this.records.findByOwnerAgencyIdAndPeriodOrderByIdAsc(owner.id(), period.code())) {
			rows.add(new PeriodTable.Row(summary(a.agencyId()), a.state(), a.total(), null));
		}
		return publicResult(result,
				ranked(rows).stream()
					.filter((r) -> r.total() != null)
					.map((r) -> new PublicResult.Row(r.rank(), r.agency().name(), r.total()))
					.toList());
	}

	/**
	 * An evidence file, for those who may read the assessment.
	 * @return its name, type and content (the caller closes it)
	 */
	@Transactional(readOnly = true)
	public Evidence evidence(long lineId) {
		Assessment a = this.records.findByLine(lineId).orElseThrow(() -> new NotFoundException("Evidence " + lineId));
		this.access.requireReader(a.agencyId());
		AssessmentLine line = a.lines().stream().filter((l) -> l.id() == lineId).findFirst().orElseThrow();
		if (line.evidenceSha() == null) {
			throw new NotFoundException("Evidence " + lineId);
		}
		return new Evidence(line.evidenceName(), line.evidenceType(), this.uploads.open(line.evidenceSha()));
	}

	/**
	 * An evidence file.
	 *
	 * @param fileName its (sanitised) name
	 * @param mediaType its type, detected from the content
	 * @param content the bytes
	 */
	public record Evidence(String fileName, String mediaType, InputStream content) {

	}

	/** Self-assessments open for the agencies whose clerk or leader the user is. */
	@Transactional(readOnly = true)
	public long openSelfAssessments() {
		Set<Long> mine = this.access.staffOf();
		return mine.isEmpty() ? 0 : this.records.countByAgencyIdInAndState(mine, AssessmentState.SELF_ASSESSMENT);
	}

	/** Submitted self-assessments waiting for the offices the user works in. */
	@Transactional(readOnly = true)
	public long submittedToScore() {
		Set<Long> offices = this.access.offices();
		return offices.isEmpty() ? 0 : this.records.countByOwnerAgencyIdInAndState(offices, AssessmentState.SUBMITTED);
	}

	private void compute(Assessment assessment) {
		Scheme scheme = this.schemes.findById(assessment.schemeId()).orElseThrow();
		Period period = Period.parse(assessment.period());
		ZoneId zone = this.clock.getZone();
		InspectionHistory.Span span = this.inspections.between(assessment.agencyId(),
				period.first().atStartOfDay(zone).toInstant(), period.end().atStartOfDay(zone).toInstant());
		Map<String, List<InspectionFinding>> byRule = span.findings()
			.stream()
			.collect(Collectors.groupingBy(InspectionFinding::rule));
		for (SchemeItem item : scheme.items()) {
			AssessmentLine line = assessment.line(item.id());
			ItemData data = item.data();
			if (data.method() == ScoringMethod.MANUAL) {
				if (line.points() == null && line.selfPoints() != null) {
					line.score(line.selfPoints(), null, null);
				}
				continue;
			}
			if (span.runs() == 0) {
				line.score(null, text("assessment.reason.no-runs"), null);
				continue;
			}
			int count = data.rules().stream().mapToInt((r) -> byRule.getOrDefault(r, List.of()).size()).sum();
			BigDecimal deduction = Scoring.deduction(data.perFinding(), data.cap(), count);
			String rules = data.rules()
				.stream()
				.map((r) -> text("inspection.rule." + r))
				.collect(Collectors.joining("、"));
			line.score(
					Scoring.computed(data.maxPoints(), data.perFinding(), data.cap(), count), cut(
							text("assessment.reason.computed", span.runs(), rules, count,
									Scoring.text(data.perFinding()), Scoring.text(data.cap()), Scoring.text(deduction)),
							2000),
					count);
		}
		assessment.hits().removeIf((h) -> VetoHit.FINDING.equals(h.source()));
		this.records.flush();
		for (SchemeVeto veto : scheme.vetoes()) {
			if (veto.rule() == null || assessment.hit(veto.id()).isPresent()) {
				continue;
			}
			List<InspectionFinding> hits = span.findings()
				.stream()
				.filter(InspectionFinding::veto)
				.filter((f) -> AssessmentSchemes.ANY_VETO.equals(veto.rule()) || veto.rule().equals(f.rule()))
				.toList();
			if (!hits.isEmpty()) {
				String titles = hits.stream().limit(3).map(InspectionFinding::title).collect(Collectors.joining("；"));
				assessment.hits()
					.add(new VetoHit(veto.id(), VetoHit.FINDING,
							cut(text("assessment.reason.veto", hits.size(), titles), 1000)));
			}
		}
		assessment.scored(Instant.now(this.clock), span.runs());
	}

	AssessmentView view(Assessment assessment) {
		Scheme scheme = this.schemes.findById(assessment.schemeId()).orElseThrow();
		List<LineView> lines = new ArrayList<>();
		for (SchemeItem item : scheme.items()) {
			Optional<AssessmentLine> line = assessment.find(item.id());
			lines.add(line
				.map((l) -> new LineView(item.view(), l.id(), l.selfPoints(), l.selfNote(), l.points(), l.reason(),
						l.findings(), l.evidenceName()))
				.orElseGet(() -> new LineView(item.view(), null, null, null, null, null, null, null)));
		}
		List<VetoLine> vetoes = new ArrayList<>();
		List<BigDecimal> ceilings = new ArrayList<>();
		for (SchemeVeto veto : scheme.vetoes()) {
			Optional<VetoHit> hit = assessment.hit(veto.id());
			vetoes.add(new VetoLine(veto.view(), hit.isPresent(), hit.map(VetoHit::source).orElse(null),
					hit.map(VetoHit::reason).orElse(null)));
			hit.ifPresent((h) -> ceilings.add(veto.ceiling()));
		}
		boolean complete = lines.stream().allMatch((l) -> l.points() != null);
		BigDecimal sum = complete ? Scoring.sum(lines.stream().map(LineView::points).toList()) : null;
		BigDecimal total = (assessment.state() == AssessmentState.FINAL) ? assessment.total()
				: (sum != null) ? Scoring.total(sum, ceilings) : null;
		boolean published = this.results.findByOwnerAgencyIdAndPeriod(assessment.ownerAgencyId(), assessment.period())
			.isPresent();
		return new AssessmentView(assessment.id(), summary(assessment.agencyId()), assessment.ownerAgencyId(),
				summary(assessment.ownerAgencyId()).creditCode(), assessment.period(), assessment.state(), scheme.id(),
				scheme.name(), lines, vetoes, assessment.runs(), assessment.submittedAt(), assessment.scoredAt(),
				assessment.finalisedAt(), sum, total, published);
	}

	private void evidence(AssessmentLine line, EvidenceFile file) {
		if (file == null) {
			return;
		}
		StoredUpload stored = this.uploads.store(file.content(), file.fileName(), EVIDENCE);
		line.evidence(stored.sha256(), stored.fileName(), stored.mediaType(), AssessmentAccess.actor());
	}

	private Assessment readable(String creditCode, String periodText) {
		Period period = Period.parse(periodText);
		AgencySummary agency = agency(creditCode);
		this.access.requireReader(agency.id());
		return this.records.findByAgencyIdAndPeriod(agency.id(), period.code())
			.orElseThrow(() -> new NotFoundException("No assessment of " + creditCode + " for " + period));
	}

	private Assessment officeOf(String creditCode, String periodText) {
		Assessment assessment = readable(creditCode, periodText);
		this.access.requireOffice(assessment.ownerAgencyId());
		if (assessment.state() == AssessmentState.FINAL) {
			throw new RuleViolationException("assessment.state.final", "Final: " + assessment.id());
		}
		return assessment;
	}

	private static List<PeriodTable.Row> ranked(List<PeriodTable.Row> rows) {
		List<PeriodTable.Row> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator
			.comparing(PeriodTable.Row::total, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing((r) -> r.agency().name()));
		List<PeriodTable.Row> out = new ArrayList<>();
		int rank = 0;
		BigDecimal last = null;
		for (int i = 0; i < sorted.size(); i++) {
			PeriodTable.Row row = sorted.get(i);
			if (row.total() == null) {
				out.add(row);
				continue;
			}
			if (last == null || row.total().compareTo(last) != 0) {
				rank = i + 1;
				last = row.total();
			}
			out.add(new PeriodTable.Row(row.agency(), row.state(), row.total(), rank));
		}
		return out;
	}

	private PublicResult publicResult(ResultPublication result, List<PublicResult.Row> rows) {
		AgencySummary owner = summary(result.ownerAgencyId());
		return new PublicResult(owner.name(), owner.creditCode(), result.period(), result.publishedAt(), rows);
	}

	private AgencySummary summary(long id) {
		return this.agencies.details(id).summary();
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

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, CHINESE);
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	private static void throwFirst(Map<String, RuleViolationException> problems) {
		if (!problems.isEmpty()) {
			throw problems.values().iterator().next();
		}
	}

}
