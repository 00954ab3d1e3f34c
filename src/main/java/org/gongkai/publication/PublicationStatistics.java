package org.gongkai.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only yearly counts of published regulations and normative documents for the annual
 * report, by aggregate SQL. Only items the public sees count (published, not withdrawn);
 * a revision counts as its item. No access check: the caller decides which agencies it
 * reports on.
 */
@Service
public class PublicationStatistics {

	private static final int CHUNK = 500;

	private final NamedParameterJdbcTemplate jdbc;

	PublicationStatistics(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per agency and counted genre ({@link Genre#counted()}), the documents issued and
	 * repealed in {@code year} and in force at its end.
	 * @return only agencies and genres with at least one document
	 */
	@Transactional(readOnly = true)
	public List<PolicyDocumentCount> policyDocumentCounts(Collection<Long> agencyIds, int year) {
		List<PolicyDocumentCount> counts = new ArrayList<>();
		List<Long> all = new ArrayList<>(agencyIds);
		for (int i = 0; i < all.size(); i += CHUNK) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("agencies",
					all.subList(i, Math.min(all.size(), i + CHUNK)))
				.addValue("first", LocalDate.of(year, 1, 1))
				.addValue("last", LocalDate.of(year, 12, 31));
			this.jdbc.query("""
					SELECT agency_id, genre,
					  SUM(CASE WHEN COALESCE(issued_on, made_on) BETWEEN :first AND :last THEN 1 ELSE 0 END) AS issued,
					  SUM(CASE WHEN repealed_on BETWEEN :first AND :last THEN 1 ELSE 0 END) AS repealed,
					  SUM(CASE WHEN COALESCE(issued_on, made_on) <= :last AND validity <> 'EXPIRED'
					    AND ((repealed_on IS NULL AND validity <> 'REPEALED') OR repealed_on > :last)
					    THEN 1 ELSE 0 END) AS in_force
					FROM pub_item
					WHERE agency_id IN (:agencies) AND status = 'PUBLISHED' AND revision_of IS NULL
					  AND genre IN ('REGULATION', 'NORMATIVE_DOCUMENT')
					GROUP BY agency_id, genre""", parameters,
					(RowCallbackHandler) (rs) -> counts
						.add(new PolicyDocumentCount(rs.getLong("agency_id"), Genre.valueOf(rs.getString("genre")),
								rs.getLong("issued"), rs.getLong("repealed"), rs.getLong("in_force"))));
		}
		return counts;
	}

	/**
	 * How many items each catalogue column of one agency published in {@code year} (first
	 * publication date; revisions are not new items).
	 * @return column id to count, only columns with items
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> publishedByColumn(long agencyId, int year) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT column_id, COUNT(*) AS items FROM pub_item
				WHERE agency_id = :agency AND status = 'PUBLISHED' AND revision_of IS NULL
				  AND published_on BETWEEN :first AND :last
				GROUP BY column_id ORDER BY column_id""",
				new MapSqlParameterSource("agency", agencyId).addValue("first", LocalDate.of(year, 1, 1))
					.addValue("last", LocalDate.of(year, 12, 31)),
				(RowCallbackHandler) (rs) -> counts.put(rs.getLong("column_id"), rs.getLong("items")));
		return counts;
	}

	/**
	 * How many items each of the agencies first published in the days from {@code from}
	 * to {@code to}, both included (revisions are not new items; withdrawn items do not
	 * count).
	 * @return agency id to count, only agencies with items
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> publishedBetween(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>(agencyIds);
		for (int i = 0; i < all.size(); i += CHUNK) {
			this.jdbc.query("""
					SELECT agency_id, COUNT(*) AS items FROM pub_item
					WHERE agency_id IN (:agencies) AND status = 'PUBLISHED' AND revision_of IS NULL
					  AND published_on BETWEEN :first AND :last
					GROUP BY agency_id""",
					new MapSqlParameterSource("agencies", all.subList(i, Math.min(all.size(), i + CHUNK)))
						.addValue("first", from)
						.addValue("last", to),
					(RowCallbackHandler) (rs) -> counts.merge(rs.getLong("agency_id"), rs.getLong("items"), Long::sum));
		}
		return counts;
	}

}
