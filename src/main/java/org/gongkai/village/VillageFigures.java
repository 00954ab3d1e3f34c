package org.gongkai.village;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;
import org.gongkai.publication.PublicationStatistics;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village-affairs figures of the work summary: for a township, its villages and the
 * items they published in the span together (the township's 「N个村村务每月定时公开，累计公开信息M条」); for
 * a village, its own items. Items count as the publication statistics count them (first
 * publication, not withdrawn). Other levels have none.
 */
@Component
class VillageFigures implements WorkFigureSource {

	private final AgencyManagement agencies;

	private final PublicationStatistics statistics;

	VillageFigures(AgencyManagement agencies, PublicationStatistics statistics) {
		this.agencies = agencies;
		this.statistics = statistics;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		AgencySummary agency = this.agencies.details(agencyId).summary();
		if (agency.level() == AgencyLevel.VILLAGE) {
			long posted = this.statistics.publishedBetween(List.of(agencyId), from, to).getOrDefault(agencyId, 0L);
			return List.of(new WorkFigure(Section.VILLAGE, 20, "village.postings", posted, Unit.ITEMS,
					"/admin/villages/" + agency.creditCode()));
		}
		if (agency.level() != AgencyLevel.TOWNSHIP) {
			return List.of();
		}
		List<Long> villages = this.agencies.all()
			.stream()
			.filter((a) -> a.level() == AgencyLevel.VILLAGE && Long.valueOf(agencyId).equals(a.parentId()))
			.map(AgencySummary::id)
			.toList();
		Map<Long, Long> posted = villages.isEmpty() ? Map.of() : this.statistics.publishedBetween(villages, from, to);
		long total = posted.values().stream().mapToLong(Long::longValue).sum();
		return List.of(
				new WorkFigure(Section.VILLAGE, 10, "village.villages", villages.size(), Unit.ITEMS, "/admin/villages"),
				new WorkFigure(Section.VILLAGE, 20, "village.postings", total, Unit.ITEMS, "/admin/villages"));
	}

}
