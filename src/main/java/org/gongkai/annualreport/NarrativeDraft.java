package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigureSource;
import org.gongkai.publication.PublicationStatistics;
import org.gongkai.request.ChannelCount;
import org.gongkai.request.FeesCharged;
import org.gongkai.request.RequestStatistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The draft of the narrative sections made from the year's figures, which the office
 * rewrites: 一 with the items published per column (each column name once), the
 * applications by channel, the cases and appeals; 五 as a prompt; 六 with the
 * information-processing fees charged (Regulations art. 42). After 一's own paragraphs
 * come the year's work figures of the sections the tables do not cover (互动交流, channels,
 * activities, organisation) from every {@link WorkFigureSource}, the same figures the
 * work summary quotes, so the report and the summary never disagree. All text comes from
 * the message bundle.
 */
@Component
class NarrativeDraft {

	private final PublicationStatistics publications;

	private final RequestStatistics requests;

	private final CatalogManagement catalog;

	private static final Logger log = LoggerFactory.getLogger(NarrativeDraft.class);

	/** The sections of the work figures that 一 quotes besides its own paragraphs. */
	static final List<WorkFigure.Section> FIGURE_SECTIONS = List.of(WorkFigure.Section.RESPONSE,
			WorkFigure.Section.CHANNELS, WorkFigure.Section.ACTIVITIES, WorkFigure.Section.ORGANISATION);

	private final MessageSource messages;

	private final ObjectProvider<WorkFigureSource> figureSources;

	NarrativeDraft(PublicationStatistics publications, RequestStatistics requests, CatalogManagement catalog,
			MessageSource messages, ObjectProvider<WorkFigureSource> figureSources) {
		this.publications = publications;
		this.requests = requests;
		this.catalog = catalog;
		this.messages = messages;
		this.figureSources = figureSources;
	}

	Narrative draft(AgencySummary agency, int year, ReportFigures figures) {
		Map<Long, Long> perColumn = this.publications.publishedByColumn(agency.id(), year);
		long items = perColumn.values().stream().mapToLong(Long::longValue).sum();
		// columns of one name (the same heading under two parents) are listed once, with
		// their items added up
		Map<String, Long> byName = new LinkedHashMap<>();
		for (ColumnNode column : this.catalog.publicTree(agency.id())) {
			Long count = perColumn.get(column.id());
			if (count != null) {
				byName.merge(column.name().strip(), count, Long::sum);
			}
		}
		List<String> columns = new ArrayList<>();
		byName.forEach((name, count) -> columns.add(message("annualreport.draft.column", name, count)));
		List<String> channels = new ArrayList<>();
		for (ChannelCount count : this.requests.receivedByChannel(List.of(agency.id()), year)) {
			channels.add(message("annualreport.draft.channel", message("request.channel." + count.channel().name()),
					count.received()));
		}
		Table3 t3 = figures.table3();
		Table4 t4 = figures.table4();
		int total = Table3.TOTAL;
		long appeals = t4.cell("reconsideration", Table4.TOTAL);
		long lawsuits = t4.cell("lawsuit_direct", Table4.TOTAL)
				+ t4.cell("lawsuit_after_reconsideration", Table4.TOTAL);
		String none = message("annualreport.draft.none");
		String overview = message("annualreport.draft.overview", String.valueOf(year), agency.name(), items,
				columns.isEmpty() ? none : String.join(message("annualreport.draft.separator"), columns),
				t3.cell("1", total),
				channels.isEmpty() ? none : String.join(message("annualreport.draft.separator"), channels),
				t3.cell("2", total), t3.cell("3.7", total), t3.cell("4", total), appeals, lawsuits);
		overview = withFigures(overview, agency.id(), year);
		String problems = message("annualreport.draft.problems", String.valueOf(year));
		FeesCharged fees = this.requests.feesCharged(List.of(agency.id()), year).get(agency.id());
		String other = (fees == null || fees.payments() == 0)
				? message("annualreport.draft.other.no-fees", String.valueOf(year))
				: message("annualreport.draft.other.fees", String.valueOf(year), fees.payments(),
						fees.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
		return new Narrative(overview, problems, other);
	}

	/**
	 * The overview with a paragraph per figure section that has figures, numbered on from
	 * 一's own paragraphs, before its closing prompt.
	 */
	private String withFigures(String overview, long agencyId, int year) {
		Map<WorkFigure.Section, List<WorkFigure>> bySection = new java.util.EnumMap<>(WorkFigure.Section.class);
		this.figureSources.orderedStream()
			.flatMap((source) -> source
				.figuresOf(agencyId, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31))
				.stream())
			.filter((figure) -> FIGURE_SECTIONS.contains(figure.section()))
			.sorted(java.util.Comparator.comparingInt(WorkFigure::order).thenComparing(WorkFigure::key))
			.forEach((figure) -> bySection.computeIfAbsent(figure.section(), (k) -> new ArrayList<>()).add(figure));
		if (bySection.isEmpty()) {
			return overview;
		}
		List<String> lines = new ArrayList<>(List.of(overview.split("\n")));
		int at = (!lines.isEmpty() && lines.get(lines.size() - 1).startsWith("（请")) ? lines.size() - 1 : lines.size();
		int number = 4;
		List<String> added = new ArrayList<>();
		for (Map.Entry<WorkFigure.Section, List<WorkFigure>> entry : bySection.entrySet()) {
			List<String> words = new ArrayList<>();
			for (WorkFigure figure : entry.getValue()) {
				words.add(label(figure.key()) + value(figure));
			}
			added.add(message("annualreport.draft.figures", message("annualreport.draft.number." + number++),
					message("annualreport.draft.section." + entry.getKey().name()),
					String.join(message("annualreport.draft.separator"), words)));
		}
		lines.addAll(at, added);
		return String.join("\n", lines);
	}

	private String label(String key) {
		String label = this.messages.getMessage("figure." + key, null, null, Locale.CHINA);
		if (label == null) {
			log.warn("Work figure {} has no label figure.{}", key, key);
			return key;
		}
		return label;
	}

	private String value(WorkFigure figure) {
		String unit = this.messages.getMessage("figure." + figure.key() + ".unit", null, null, Locale.CHINA);
		if (unit == null) {
			unit = message("figure.unit." + figure.unit().name());
		}
		return (figure.unit() == WorkFigure.Unit.PER_MILLE) ? (figure.value() / 10) + "." + (figure.value() % 10) + unit
				: figure.value() + unit;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.CHINA);
	}

}
