package org.gongkai.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only yearly figures of cases, appeals and fees for the annual report, computed by
 * aggregate SQL over the stored cases (no entity is loaded, so 100,000 cases cost one
 * grouped scan). No access check: the caller decides which agencies it reports on.
 * Register-imported cases are ordinary cases and count like any other; a case awaiting
 * confirmation (no receipt date) counts nowhere.
 */
@Service
public class RequestStatistics {

	/** At most this many agency ids go into one {@code IN} list. */
	private static final int CHUNK = 500;

	private final NamedParameterJdbcTemplate jdbc;

	RequestStatistics(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Table 三's counts for {@code year}: per agency, applicant type and outcome, the
	 * cases received in the year, carried in, closed in the year and carried out
	 * (DOMAIN.md §4: row 三 counts cases closed in the year whichever year they came in;
	 * row 四 the cases open on 31 December; row 二 those open on 1 January).
	 * @return only the combinations with a case; empty for no agencies
	 */
	@Transactional(readOnly = true)
	public List<CaseYearCount> yearCounts(Collection<Long> agencyIds, int year) {
		List<CaseYearCount> counts = new ArrayList<>();
		for (List<Long> chunk : chunks(agencyIds)) {
			this.jdbc.query("""
					SELECT agency_id, applicant_type, outcome_row,
					  SUM(CASE WHEN received_on >= :first THEN 1 ELSE 0 END) AS received,
					  SUM(CASE WHEN received_on < :first THEN 1 ELSE 0 END) AS carried_in,
					  SUM(CASE WHEN closed_on <= :last THEN 1 ELSE 0 END) AS closed,
					  SUM(CASE WHEN closed_on IS NULL OR closed_on > :last THEN 1 ELSE 0 END) AS carried_out
					FROM req_case
					WHERE agency_id IN (:agencies) AND received_on IS NOT NULL AND received_on <= :last
					  AND (closed_on IS NULL OR closed_on >= :first)
					GROUP BY agency_id, applicant_type, outcome_row""", year(chunk, year),
					(RowCallbackHandler) (rs) -> {
						counts.add(new CaseYearCount(rs.getLong("agency_id"),
								ApplicantType.valueOf(rs.getString("applicant_type")),
								Outcome.ofRow(rs.getString("outcome_row")).orElse(null), rs.getLong("received"),
								rs.getLong("carried_in"), rs.getLong("closed"), rs.getLong("carried_out")));
					});
		}
		return merge(counts);
	}

	/**
	 * The cases received in {@code year} per agency and channel; only non-zero counts.
	 */
	@Transactional(readOnly = true)
	public List<ChannelCount> receivedByChannel(Collection<Long> agencyIds, int year) {
		List<ChannelCount> counts = new ArrayList<>();
		for (List<Long> chunk : chunks(agencyIds)) {
			this.jdbc.query("""
					SELECT agency_id, channel, COUNT(*) AS received FROM req_case
					WHERE agency_id IN (:agencies) AND received_on BETWEEN :first AND :last
					GROUP BY agency_id, channel""", year(chunk, year),
					(RowCallbackHandler) (rs) -> counts.add(new ChannelCount(rs.getLong("agency_id"),
							Channel.valueOf(rs.getString("channel")), rs.getLong("received"))));
		}
		return counts;
	}

	/**
	 * Table 四 per agency: the appeals filed in {@code year} by kind and result as
	 * recorded now (the report's cut-off is the moment it is computed or frozen).
	 * @return an entry for every given agency, zero cells when it has none
	 */
	@Transactional(readOnly = true)
	public Map<Long, AppealCounts> appealCounts(Collection<Long> agencyIds, int year) {
		Map<Long, Map<AppealKind, Map<AppealResult, Long>>> cells = new HashMap<>();
		for (List<Long> chunk : chunks(agencyIds)) {
			this.jdbc.query("""
					SELECT agency_id, kind, result, COUNT(*) AS appeals FROM req_appeal
					WHERE agency_id IN (:agencies) AND filed_on BETWEEN :first AND :last
					GROUP BY agency_id, kind, result""", year(chunk, year),
					(RowCallbackHandler) (rs) -> cells
						.computeIfAbsent(rs.getLong("agency_id"), (a) -> new EnumMap<>(AppealKind.class))
						.computeIfAbsent(AppealKind.valueOf(rs.getString("kind")),
								(k) -> new EnumMap<>(AppealResult.class))
						.put(AppealResult.valueOf(rs.getString("result")), rs.getLong("appeals")));
		}
		Map<Long, AppealCounts> counts = new HashMap<>();
		for (Long agency : agencyIds) {
			counts.put(agency, new AppealCounts(year, cells.get(agency)));
		}
		return counts;
	}

	/**
	 * The fees paid in {@code year} (by payment day) per agency (Regulations art. 42).
	 * @return an entry for every given agency, zero when it was paid nothing
	 */
	@Transactional(readOnly = true)
	public Map<Long, FeesCharged> feesCharged(Collection<Long> agencyIds, int year) {
		Map<Long, FeesCharged> fees = new HashMap<>();
		for (Long agency : agencyIds) {
			fees.put(agency, new FeesCharged(agency, 0, BigDecimal.ZERO.setScale(2)));
		}
		for (List<Long> chunk : chunks(agencyIds)) {
			this.jdbc
				.query("""
						SELECT agency_id, COUNT(*) AS payments, SUM(paid_amount) AS amount FROM req_fee_notice
						WHERE agency_id IN (:agencies) AND status = 'PAID' AND paid_on BETWEEN :first AND :last
						GROUP BY agency_id""", year(chunk, year),
						(RowCallbackHandler) (rs) -> fees.put(rs.getLong("agency_id"),
								new FeesCharged(rs.getLong("agency_id"), rs.getLong("payments"),
										rs.getBigDecimal("amount").setScale(2))));
		}
		return fees;
	}

	/** One row per combination: a combination may come back once per chunk. */
	private static List<CaseYearCount> merge(List<CaseYearCount> counts) {
		Map<List<Object>, CaseYearCount> merged = new HashMap<>();
		List<CaseYearCount> ordered = new ArrayList<>();
		for (CaseYearCount c : counts) {
			List<Object> key = new ArrayList<>();
			key.add(c.agencyId());
			key.add(c.applicantType());
			key.add(c.outcome());
			CaseYearCount earlier = merged.get(key);
			if (earlier == null) {
				merged.put(key, c);
				ordered.add(c);
			}
			else {
				CaseYearCount sum = new CaseYearCount(c.agencyId(), c.applicantType(), c.outcome(),
						earlier.received() + c.received(), earlier.carriedIn() + c.carriedIn(),
						earlier.closed() + c.closed(), earlier.carriedOut() + c.carriedOut());
				merged.put(key, sum);
				ordered.set(ordered.indexOf(earlier), sum);
			}
		}
		return ordered;
	}

	private static MapSqlParameterSource year(List<Long> agencies, int year) {
		return new MapSqlParameterSource("agencies", agencies).addValue("first", LocalDate.of(year, 1, 1))
			.addValue("last", LocalDate.of(year, 12, 31));
	}

	private static List<List<Long>> chunks(Collection<Long> agencyIds) {
		List<List<Long>> chunks = new ArrayList<>();
		if (agencyIds == null) {
			return chunks;
		}
		List<Long> all = new ArrayList<>(agencyIds);
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

}
