package org.gongkai.worksummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every module's figures of an agency for a span, from all {@link WorkFigureSource}
 * beans, ordered by section, order and key (a figure that appears twice under one key is
 * kept once: the first source's).
 */
@Component
class FigureCollector {

	private final ObjectProvider<WorkFigureSource> sources;

	FigureCollector(ObjectProvider<WorkFigureSource> sources) {
		this.sources = sources;
	}

	List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		List<WorkFigure> all = new ArrayList<>();
		this.sources.orderedStream().forEach((source) -> all.addAll(source.figuresOf(agencyId, from, to)));
		all.sort(Comparator.comparing(WorkFigure::section)
			.thenComparingInt(WorkFigure::order)
			.thenComparing(WorkFigure::key));
		List<WorkFigure> unique = new ArrayList<>();
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (WorkFigure figure : all) {
			if (keys.add(figure.key())) {
				unique.add(figure);
			}
		}
		return unique;
	}

}
