package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
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
 * The disclosure-on-request figures of the work summary, counted as the annual report's
 * table 三 counts a year: the cases received in the span (by their art. 31 receipt date; a
 * case awaiting confirmation counts nowhere), the cases answered (closed) in the span
 * whenever they came in, those by answer type (the groups of table 三's rows 三.1 to 三.6),
 * and the cases still open at the span's end (carried over). A village, which takes no
 * applications, has none of these figures unless it received a case.
 */
@Component
class RequestFigures implements WorkFigureSource {

	/** The answer types as the summary quotes them: the first two digits of the row. */
	static final Map<String, String> GROUPS = new LinkedHashMap<>();

	static {
		GROUPS.put("3.1", "disclosed");
		GROUPS.put("3.2", "partially-disclosed");
		GROUPS.put("3.3", "withheld");
		GROUPS.put("3.4", "unavailable");
		GROUPS.put("3.5", "not-handled");
		GROUPS.put("3.6", "other");
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final AgencyManagement agencies;

	RequestFigures(NamedParameterJdbcTemplate jdbc, AgencyManagement agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("agency", agencyId).addValue("first", from)
			.addValue("last", to);
		Long received = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM req_case
				WHERE agency_id = :agency AND received_on BETWEEN :first AND :last""", parameters, Long.class);
		Long carried = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM req_case
				WHERE agency_id = :agency AND received_on <= :last AND (closed_on IS NULL OR closed_on > :last)""",
				parameters, Long.class);
		Map<String, Long> byGroup = new LinkedHashMap<>();
		GROUPS.values().forEach((g) -> byGroup.put(g, 0L));
		long[] answered = new long[1];
		this.jdbc.query("""
				SELECT outcome_row, COUNT(*) AS cases FROM req_case
				WHERE agency_id = :agency AND received_on IS NOT NULL AND closed_on BETWEEN :first AND :last
				GROUP BY outcome_row""", parameters, (RowCallbackHandler) (rs) -> {
			answered[0] += rs.getLong("cases");
			String row = rs.getString("outcome_row");
			String group = (row == null) ? "other"
					: GROUPS.getOrDefault(row.substring(0, Math.min(3, row.length())), "other");
			byGroup.merge(group, rs.getLong("cases"), Long::sum);
		});
		long in = (received != null) ? received : 0;
		long out = (carried != null) ? carried : 0;
		if (in == 0 && answered[0] == 0 && out == 0
				&& this.agencies.details(agencyId).summary().level() == AgencyLevel.VILLAGE) {
			return List.of();
		}
		String list = "/admin/requests?view=ALL&agency=" + agencyId;
		List<WorkFigure> figures = new ArrayList<>();
		figures.add(new WorkFigure(Section.ON_REQUEST, 10, "request.received", in, Unit.CASES, list));
		figures.add(new WorkFigure(Section.ON_REQUEST, 20, "request.answered", answered[0], Unit.CASES,
				"/admin/requests?view=CLOSED&agency=" + agencyId));
		int order = 21;
		for (Map.Entry<String, Long> group : byGroup.entrySet()) {
			figures.add(new WorkFigure(Section.ON_REQUEST, order++, "request.answered." + group.getKey(),
					group.getValue(), Unit.CASES, "/admin/requests?view=CLOSED&agency=" + agencyId));
		}
		figures.add(new WorkFigure(Section.ON_REQUEST, 40, "request.carried-over", out, Unit.CASES, list));
		return figures;
	}

}
