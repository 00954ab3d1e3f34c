package org.gongkai.worksummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.platform.WorkFigure;
import org.gongkai.worksummary.rules.Breakdowns;
import org.gongkai.worksummary.rules.SummaryPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Figures in words: each figure's label ({@code figure.<key>}; a missing label falls back
 * to the key and is logged, it does not fail the summary), its value with the unit's word
 * ({@code figure.<key>.unit} or {@code figure.unit.<UNIT>}; a per mille as a percentage
 * with one decimal), and the prose of 一、工作开展情况: a paragraph per section, each main figure
 * followed by its parts (「其中…、…」).
 */
@Component
class FigureWords {

	private static final Logger log = LoggerFactory.getLogger(FigureWords.class);

	private final MessageSource messages;

	FigureWords(MessageSource messages) {
		this.messages = messages;
	}

	String m(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.CHINA);
	}

	String label(String key) {
		String label = this.messages.getMessage("figure." + key, null, null, Locale.CHINA);
		if (label == null) {
			log.warn("Work figure {} has no label figure.{}", key, key);
			return key;
		}
		return label;
	}

	String text(WorkFigure figure) {
		String unit = this.messages.getMessage("figure." + figure.key() + ".unit", null, null, Locale.CHINA);
		if (unit == null) {
			unit = m("figure.unit." + figure.unit().name());
		}
		if (figure.unit() == WorkFigure.Unit.PER_MILLE) {
			return (figure.value() / 10) + "." + (figure.value() % 10) + unit;
		}
		return figure.value() + unit;
	}

	List<FigureLine> lines(List<WorkFigure> figures) {
		List<String> keys = figures.stream().map(WorkFigure::key).toList();
		List<FigureLine> lines = new ArrayList<>();
		for (WorkFigure figure : figures) {
			lines.add(new FigureLine(figure, label(figure.key()), text(figure),
					Breakdowns.parentOf(figure.key(), keys) != null));
		}
		return lines;
	}

	String periodLabel(SummaryPeriod period) {
		return period.halfYear()
				? m("worksummary.period.half", String.valueOf(period.year()), m("worksummary.half." + period.half()))
				: m("worksummary.period.year", String.valueOf(period.year()));
	}

	/** 「XX镇2026年上半年政务公开工作总结」. */
	String title(String agencyName, SummaryPeriod period) {
		return m("worksummary.title", agencyName, periodLabel(period));
	}

	/** 一、工作开展情况 as drafted: one paragraph per section with figures. */
	String prose(SummaryPeriod period, List<WorkFigure> figures) {
		List<FigureLine> lines = lines(figures);
		Map<WorkFigure.Section, List<FigureLine>> bySection = new LinkedHashMap<>();
		for (FigureLine line : lines) {
			bySection.computeIfAbsent(line.section(), (s) -> new ArrayList<>()).add(line);
		}
		List<String> paragraphs = new ArrayList<>();
		int n = 0;
		for (Map.Entry<WorkFigure.Section, List<FigureLine>> entry : bySection.entrySet()) {
			n++;
			paragraphs.add(m("worksummary.prose.section", m("worksummary.number." + n),
					m("worksummary.section." + entry.getKey().name()), periodLabel(period),
					sentence(entry.getValue())));
		}
		if (paragraphs.isEmpty()) {
			paragraphs.add(m("worksummary.prose.none", periodLabel(period)));
		}
		return String.join("\n", paragraphs);
	}

	/** The figures of one section as one sentence (without the full stop). */
	String sentence(List<FigureLine> lines) {
		List<String> groups = new ArrayList<>();
		StringBuilder group = null;
		boolean parts = false;
		for (FigureLine line : lines) {
			String words = line.label() + line.text();
			if (line.part() && line.figure().value() == 0) {
				// a part of nothing is left out of the prose (the annex lists it)
				continue;
			}
			if (line.part() && group != null) {
				group.append(parts ? m("worksummary.prose.and") : m("worksummary.prose.of-which")).append(words);
				parts = true;
			}
			else {
				if (group != null) {
					groups.add(group.toString());
				}
				group = new StringBuilder(words);
				parts = false;
			}
		}
		if (group != null) {
			groups.add(group.toString());
		}
		return String.join(m("worksummary.prose.separator"), groups);
	}

}
