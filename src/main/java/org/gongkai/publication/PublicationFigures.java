package org.gongkai.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proactive-disclosure figures of the work summary: the items an agency first
 * published in the span (revisions are not new items, withdrawn items do not count), of
 * them the items of each standard column (the offices' 「其中工作动态N条」), the policy documents
 * (regulations and normative documents) and the interpretations. Each links to the
 * publication list of the agency's published items.
 */
@Component
class PublicationFigures implements WorkFigureSource {

	private final NamedParameterJdbcTemplate jdbc;

	private final CatalogManagement catalog;

	PublicationFigures(NamedParameterJdbcTemplate jdbc, CatalogManagement catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("agency", agencyId).addValue("first", from)
			.addValue("last", to);
		Map<Long, Long> perColumn = new HashMap<>();
		long[] policies = new long[2];
		this.jdbc.query(
				"""
						SELECT column_id, COUNT(*) AS items,
						  SUM(CASE WHEN genre IN ('REGULATION', 'NORMATIVE_DOCUMENT') THEN 1 ELSE 0 END) AS policies,
						  SUM(CASE WHEN genre = 'INTERPRETATION' OR interprets_id IS NOT NULL THEN 1 ELSE 0 END) AS interpretations
						FROM pub_item
						WHERE agency_id = :agency AND status = 'PUBLISHED' AND revision_of IS NULL
						  AND published_on BETWEEN :first AND :last
						GROUP BY column_id""",
				parameters, (RowCallbackHandler) (rs) -> {
					perColumn.put(rs.getLong("column_id"), rs.getLong("items"));
					policies[0] += rs.getLong("policies");
					policies[1] += rs.getLong("interpretations");
				});
		long total = perColumn.values().stream().mapToLong(Long::longValue).sum();
		String list = "/admin/publications?agency=" + agencyId + "&status=" + PublicationStatus.PUBLISHED.name();
		List<WorkFigure> figures = new ArrayList<>();
		figures.add(new WorkFigure(Section.PROACTIVE, 10, "publication.items", total, Unit.ITEMS, list));
		// the standard columns with items, in catalogue order; one code once
		Map<String, long[]> byCode = new LinkedHashMap<>();
		for (ColumnNode column : this.catalog.publicTree(agencyId)) {
			Long count = perColumn.get(column.id());
			if (count != null && column.code() != null && !column.code().isBlank()) {
				byCode.computeIfAbsent(column.code(), (c) -> new long[] { column.id(), 0 })[1] += count;
			}
		}
		int order = 11;
		for (Map.Entry<String, long[]> entry : byCode.entrySet()) {
			figures.add(new WorkFigure(Section.PROACTIVE, order++, "publication.items.column." + entry.getKey(),
					entry.getValue()[1], Unit.ITEMS, list + "&column=" + entry.getValue()[0]));
		}
		figures.add(new WorkFigure(Section.PROACTIVE, 60, "publication.policies", policies[0], Unit.ITEMS, list));
		figures.add(new WorkFigure(Section.PROACTIVE, 61, "publication.interpretations", policies[1], Unit.ITEMS,
				"/admin/publications/interpretations"));
		return figures;
	}

}
