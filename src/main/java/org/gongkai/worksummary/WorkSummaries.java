package org.gongkai.worksummary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.WorkFigure;
import org.gongkai.worksummary.rules.Breakdowns;
import org.gongkai.worksummary.rules.Prompts;
import org.gongkai.worksummary.rules.SummaryPeriod;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work summaries (政务公开工作总结): drafting one for an agency and period from the figures
 * every module counts now, editing its narrative, refreshing its figures, finalising it,
 * its documents, and the disclosure office's side-by-side table. Every command checks the
 * signed-in user on the server and writes an audit entry.
 */
@Service
public class WorkSummaries {

	/** The longest part of the narrative, in characters. */
	public static final int MAX_TEXT = 20000;

	private final SummaryRecords records;

	private final FigureCollector collector;

	private final FigureWords words;

	private final SummaryAccess access;

	private final AgencyManagement agencies;

	private final SummaryDocuments documents;

	private final AuditLog audit;

	private final Clock clock;

	WorkSummaries(SummaryRecords records, FigureCollector collector, FigureWords words, SummaryAccess access,
			AgencyManagement agencies, SummaryDocuments documents, AuditLog audit, Clock clock) {
		this.records = records;
		this.collector = collector;
		this.words = words;
		this.access = access;
		this.agencies = agencies;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Drafts the agency's summary of the period (its clerk): the figures counted now, 一
	 * written from them, 二 and 三 as prompts. A period already drafted is not drafted
	 * again: its id is returned.
	 * @throws RuleViolationException for a period that is not {@code 2026} or
	 * {@code 2026H1}/{@code H2}
	 */
	@Transactional
	public long draft(long agencyId, String periodText) {
		SummaryPeriod period = SummaryPeriod.parse(periodText);
		AgencySummary agency = this.agencies.details(agencyId).summary();
		this.access.requireEditor(agencyId);
		Optional<WorkSummary> existing = this.records.findByAgencyIdAndPeriod(agencyId, period.code());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		List<WorkFigure> figures = this.collector.figuresOf(agencyId, period.first(), period.last());
		WorkSummary summary = new WorkSummary(agencyId, period.code(), this.words.prose(period, figures),
				this.words.m("worksummary.prompt.problems"), this.words.m("worksummary.prompt.plans"), figures,
				Instant.now(this.clock), SummaryAccess.actor());
		try {
			summary = this.records.saveAndFlush(summary);
		}
		catch (DataIntegrityViolationException ex) {
			throw Refusals.draftedMeanwhile();
		}
		this.audit.record(AuditRecord.of("worksummary.drafted", "WorkSummary", summary.id())
			.withAgency(agency.id())
			.withAfter(period.code() + ", " + figures.size() + " figures"));
		return summary.id();
	}

	/** The summary of the agency and period, if drafted (for its readers). */
	@Transactional(readOnly = true)
	public Optional<Long> find(long agencyId, String periodText) {
		SummaryPeriod period = SummaryPeriod.parse(periodText);
		this.access.requireReader(agencyId);
		return this.records.findByAgencyIdAndPeriod(agencyId, period.code()).map(WorkSummary::id);
	}

	/** The summary for its readers. @throws NotFoundException if there is none */
	@Transactional(readOnly = true)
	public SummaryView view(long id) {
		WorkSummary summary = load(id);
		this.access.requireReader(summary.agencyId());
		return view(summary);
	}

	/** What is wrong with the narrative as typed: every problem, each on its part. */
	public List<RuleViolationException> problems(String work, String problems, String plans) {
		List<RuleViolationException> found = new ArrayList<>();
		if (work == null || work.isBlank()) {
			found.add(new RuleViolationException("worksummary.work.blank", "Work part blank"));
		}
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("work", work);
		parts.put("problems", problems);
		parts.put("plans", plans);
		parts.forEach((name, text) -> {
			if (text != null && text.length() > MAX_TEXT) {
				found.add(new RuleViolationException("worksummary." + name + ".too-long", name + " too long",
						String.valueOf(MAX_TEXT)));
			}
		});
		return found;
	}

	/** Saves the narrative as edited (a clerk, while a draft). */
	@Transactional
	public void edit(long id, String work, String problems, String plans) {
		WorkSummary summary = load(id);
		this.access.requireEditor(summary.agencyId());
		requireDraft(summary);
		List<RuleViolationException> found = problems(work, problems, plans);
		if (!found.isEmpty()) {
			throw found.get(0);
		}
		summary.edit(clean(work), clean(problems), clean(plans));
		this.audit.record(AuditRecord.of("worksummary.edited", "WorkSummary", id)
			.withAgency(summary.agencyId())
			.withAfter(summary.period()));
	}

	/**
	 * Counts the figures anew (a clerk, while a draft) and keeps them; with
	 * {@code rewrite}, 一 is written again from them. Audited with what changed.
	 * @return the figures that changed, appeared or went
	 */
	@Transactional
	public List<FigureChange> refresh(long id, boolean rewrite) {
		WorkSummary summary = load(id);
		this.access.requireEditor(summary.agencyId());
		requireDraft(summary);
		SummaryPeriod period = SummaryPeriod.parse(summary.period());
		List<WorkFigure> latest = this.collector.figuresOf(summary.agencyId(), period.first(), period.last());
		List<FigureChange> changes = changes(summary.figures(), latest);
		summary.replaceFigures(latest, Instant.now(this.clock));
		if (rewrite) {
			summary.edit(this.words.prose(period, latest), summary.problems(), summary.plans());
		}
		StringBuilder after = new StringBuilder(summary.period());
		for (FigureChange change : changes) {
			after.append("; ")
				.append(change.key())
				.append(": ")
				.append(change.before())
				.append(" → ")
				.append(change.after());
		}
		this.audit.record(AuditRecord.of("worksummary.refreshed", "WorkSummary", id)
			.withAgency(summary.agencyId())
			.withAfter(after.length() > 1900 ? after.substring(0, 1900) : after.toString()));
		return changes;
	}

	/**
	 * Finalises the summary (its leader or the disclosure office over it).
	 * @throws RuleViolationException while a part is blank or holds a prompt
	 */
	@Transactional
	public void finalise(long id) {
		WorkSummary summary = load(id);
		this.access.requireFinaliser(summary.agencyId());
		requireDraft(summary);
		if (!unfinished(summary).isEmpty()) {
			throw Refusals.promptsLeft(id);
		}
		summary.finalise(Instant.now(this.clock), SummaryAccess.actor());
		this.audit.record(AuditRecord.of("worksummary.finalised", "WorkSummary", id)
			.withAgency(summary.agencyId())
			.withAfter(summary.period()));
	}

	/** The summary as DOCX or PDF, for its readers. */
	@Transactional(readOnly = true)
	public SummaryFile file(long id, String format) {
		SummaryView view = view(id);
		return switch (format) {
			case "docx" -> this.documents.docx(view);
			case "pdf" -> this.documents.pdf(view);
			default -> throw new NotFoundException("Summary format " + format);
		};
	}

	/**
	 * The side-by-side table of the period for the agencies the user may see (a
	 * disclosure office: its agency and every agency below it), a drafted summary's
	 * figures as drafted, an agency without one counted now.
	 */
	@Transactional(readOnly = true)
	public CountyTable table(String periodText) {
		SummaryPeriod period = SummaryPeriod.parse(periodText);
		Set<Long> visible = this.access.readable();
		List<AgencySummary> agencies = this.agencies.all()
			.stream()
			.filter((a) -> visible.contains(a.id()))
			.sorted(Comparator.comparing(AgencySummary::level).thenComparing(AgencySummary::id))
			.toList();
		Map<Long, WorkSummary> drafted = new LinkedHashMap<>();
		for (WorkSummary s : this.records.findByAgencyIdInAndPeriod(visible, period.code())) {
			drafted.put(s.agencyId(), s);
		}
		Map<Long, Map<String, WorkFigure>> figures = new LinkedHashMap<>();
		List<WorkFigure> all = new ArrayList<>();
		for (AgencySummary agency : agencies) {
			WorkSummary summary = drafted.get(agency.id());
			List<WorkFigure> list = (summary != null) ? summary.figures()
					: this.collector.figuresOf(agency.id(), period.first(), period.last());
			Map<String, WorkFigure> byKey = new LinkedHashMap<>();
			list.forEach((f) -> byKey.put(f.key(), f));
			figures.put(agency.id(), byKey);
			all.addAll(list);
		}
		all.sort(Comparator.comparing(WorkFigure::section)
			.thenComparingInt(WorkFigure::order)
			.thenComparing(WorkFigure::key));
		Set<String> keys = new LinkedHashSet<>();
		all.forEach((f) -> keys.add(f.key()));
		List<String> main = Breakdowns.main(keys);
		List<String> labels = main.stream().map(this.words::label).toList();
		List<CountyTable.Row> rows = new ArrayList<>();
		for (AgencySummary agency : agencies) {
			WorkSummary summary = drafted.get(agency.id());
			Map<String, WorkFigure> byKey = figures.get(agency.id());
			List<String> values = main.stream()
				.map((k) -> byKey.containsKey(k) ? this.words.text(byKey.get(k)) : "—")
				.toList();
			rows.add(new CountyTable.Row(agency, (summary != null) ? summary.id() : null,
					(summary != null) ? summary.state() : null, values));
		}
		return new CountyTable(period.code(), this.words.periodLabel(period), main, labels, rows);
	}

	/** The agencies whose summaries the signed-in user may draft (as their clerk). */
	@Transactional(readOnly = true)
	public List<AgencySummary> draftable() {
		return this.agencies.all().stream().filter((a) -> this.access.mayEdit(a.id())).toList();
	}

	/** The side-by-side table as XLSX. */
	@Transactional(readOnly = true)
	public SummaryFile tableXlsx(String periodText) {
		return this.documents.xlsx(table(periodText));
	}

	private SummaryView view(WorkSummary summary) {
		AgencySummary agency = this.agencies.details(summary.agencyId()).summary();
		SummaryPeriod period = SummaryPeriod.parse(summary.period());
		List<String> prompts = new ArrayList<>();
		prompts.addAll(Prompts.in(summary.work()));
		prompts.addAll(Prompts.in(summary.problems()));
		prompts.addAll(Prompts.in(summary.plans()));
		return new SummaryView(summary.id(), agency, summary.period(), this.words.periodLabel(period),
				this.words.title(agency.name(), period), summary.state(), summary.work(), summary.problems(),
				summary.plans(), this.words.lines(summary.figures()), summary.draftedAt(), summary.draftedBy(),
				summary.figuresAt(), summary.finalisedAt(), summary.finalisedBy(), prompts, unfinished(summary),
				summary.state() == SummaryState.DRAFT && this.access.mayEdit(summary.agencyId()),
				summary.state() == SummaryState.DRAFT && this.access.mayFinalise(summary.agencyId()));
	}

	private static List<String> unfinished(WorkSummary summary) {
		List<String> parts = new ArrayList<>();
		if (!Prompts.finished(summary.work())) {
			parts.add("work");
		}
		if (!Prompts.finished(summary.problems())) {
			parts.add("problems");
		}
		if (!Prompts.finished(summary.plans())) {
			parts.add("plans");
		}
		return parts;
	}

	private List<FigureChange> changes(List<WorkFigure> before, List<WorkFigure> after) {
		Map<String, WorkFigure> old = new LinkedHashMap<>();
		before.forEach((f) -> old.put(f.key(), f));
		Map<String, WorkFigure> now = new LinkedHashMap<>();
		after.forEach((f) -> now.put(f.key(), f));
		List<FigureChange> changes = new ArrayList<>();
		now.forEach((key, figure) -> {
			WorkFigure was = old.get(key);
			if (was == null || was.value() != figure.value() || was.unit() != figure.unit()) {
				changes.add(new FigureChange(key, this.words.label(key), (was != null) ? this.words.text(was) : null,
						this.words.text(figure)));
			}
		});
		old.forEach((key, figure) -> {
			if (!now.containsKey(key)) {
				changes.add(new FigureChange(key, this.words.label(key), this.words.text(figure), null));
			}
		});
		return changes;
	}

	private WorkSummary load(long id) {
		return this.records.findById(id).orElseThrow(() -> new NotFoundException("Work summary " + id));
	}

	private static void requireDraft(WorkSummary summary) {
		if (summary.state() != SummaryState.DRAFT) {
			throw Refusals.alreadyFinal(summary.id());
		}
	}

	/** Line ends as {@code \n}, without what XML cannot carry. */
	private static String clean(String text) {
		return SummaryDocuments.clean((text == null) ? "" : text.replace("\r\n", "\n").replace('\r', '\n'));
	}

}
