package org.gongkai.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.request.rules.Outcome;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only yearly figures of cases, appeals and fees for the annual report, computed by
 * aggregate SQL over the stored cases (no entity is loaded; the counts read only the
 * cases of the year in question, through indexes on receipt and closing day). No access
 * check: the caller decides which agencies it reports on. Register-imported cases are
 * ordinary cases and count like any other; a case awaiting confirmation (no receipt date)
 * counts nowhere.
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
	 * (docs/legal-rules.md, Annual report: row 三 counts cases closed in the year
	 * whichever year they came in; row 四 the cases open on 31 December; row 二 those open
	 * on 1 January).
	 * @return only the combinations with a case; empty for no agencies
	 */
	@Transactional(readOnly = true)
	public List<CaseYearCount> yearCounts(Collection<Long> agencyIds, int year) {
		List<CaseYearCount> counts = new ArrayList<>();
		// Three bounded reads (each served by an index on receipt or closing day) instead
		// of
		// one scan of the agencies' whole history: received in the year; received before
		// it and closed in or after it; received before it and still open.
		String[] parts = { "received_on BETWEEN :first AND :last", "received_on < :first AND closed_on >= :first",
				"received_on < :first AND closed_on IS NULL" };
		for (List<Long> chunk : chunks(agencyIds)) {
			for (int part = 0; part < parts.length; part++) {
				boolean inYear = part == 0;
				this.jdbc.query("""
						SELECT agency_id, applicant_type, outcome_row, COUNT(*) AS cases,
						  SUM(CASE WHEN closed_on <= :last THEN 1 ELSE 0 END) AS closed,
						  SUM(CASE WHEN closed_on IS NULL OR closed_on > :last THEN 1 ELSE 0 END) AS carried_out
						FROM req_case WHERE agency_id IN (:agencies) AND %s
						GROUP BY agency_id, applicant_type, outcome_row""".formatted(parts[part]), year(chunk, year),
						(RowCallbackHandler) (rs) -> counts.add(new CaseYearCount(rs.getLong("agency_id"),
								ApplicantType.valueOf(rs.getString("applicant_type")),
								Outcome.ofRow(rs.getString("outcome_row")).orElse(null),
								inYear ? rs.getLong("cases") : 0, inYear ? 0 : rs.getLong("cases"),
								rs.getLong("closed"), rs.getLong("carried_out"))));
			}
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
		Map<List<Object>, CaseYearCount> merged = new LinkedHashMap<>();
		for (CaseYearCount c : counts) {
			merged.merge(Arrays.asList(c.agencyId(), c.applicantType(), c.outcome()), c,
					(a, b) -> new CaseYearCount(a.agencyId(), a.applicantType(), a.outcome(),
							a.received() + b.received(), a.carriedIn() + b.carriedIn(), a.closed() + b.closed(),
							a.carriedOut() + b.carriedOut()));
		}
		return new ArrayList<>(merged.values());
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
