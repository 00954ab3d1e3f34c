package org.gongkai.annualreport;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gongkai.GongkaiApplication;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.rules.Outcome;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The annual-report bench (bench/annualreport/run.sh): starts the application on its own
 * data directory, writes with plain SQL one agency with N cases (default 100,000) and a
 * county with A agencies (default 500) below it holding C cases each (default 200), with
 * appeals, over 2024–2026 (seeded: the same arguments give the same rows), then times
 * (after warm-up, median and worst of R runs) the staff report view of the big agency
 * (the tables, checks and narrative draft, as the back-office page computes them), its
 * tables alone (the API), and the county roll-up. Not a test.
 *
 * <p>
 * Usage: {@code AnnualReportBench [N] [A] [C] [R] -- application arguments}.
 */
public final class AnnualReportBench {

	private AnnualReportBench() {
	}

	public static void main(String[] args) throws Exception {
		int split = Arrays.asList(args).indexOf("--");
		String[] own = (split < 0) ? args : Arrays.copyOfRange(args, 0, split);
		String[] app = (split < 0) ? new String[0] : Arrays.copyOfRange(args, split + 1, args.length);
		int n = (own.length > 0) ? Integer.parseInt(own[0]) : 100_000;
		int agencies = (own.length > 1) ? Integer.parseInt(own[1]) : 500;
		int perAgency = (own.length > 2) ? Integer.parseInt(own[2]) : 200;
		int runs = (own.length > 3) ? Integer.parseInt(own[3]) : 20;
		try (ConfigurableApplicationContext context = SpringApplication.run(GongkaiApplication.class, app)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			ReportReading reports = context.getBean(ReportReading.class);
			ReportRollup rollups = context.getBean(ReportRollup.class);
			int year = LocalDate.now(context.getBean(Clock.class)).getYear() - 1;
			long start = System.nanoTime();
			long county = agency(jdbc, "BENCHCOUNTY", "基准县人民政府", "COUNTY", null);
			long big = agency(jdbc, "BENCHBIG", "基准县大数据局", "DEPARTMENT", county);
			Random random = new Random(20261201L);
			cases(jdbc, big, n, random);
			List<Long> below = new ArrayList<>();
			for (int i = 0; i < agencies; i++) {
				long id = agency(jdbc, String.format("BENCHAG%05d", i), "基准县第" + (i + 1) + "局", "DEPARTMENT", county);
				below.add(id);
				cases(jdbc, id, perAgency, random);
			}
			long total = n + (long) agencies * perAgency;
			System.out.printf("loaded %,d cases for %d agencies in %.1f s (report year %d)%n", total, agencies + 2,
					(System.nanoTime() - start) / 1e9, year);
			String bigCode = code("BENCHBIG");
			// H2 keeps the last result of a query while its tables are unchanged: a write
			// before each run makes every run compute afresh, as after a real change
			Runnable fresh = () -> {
				jdbc.update("UPDATE req_case SET version = version + 1 WHERE id = (SELECT MIN(id) FROM req_case)");
				jdbc.update("UPDATE req_appeal SET version = version + 1 WHERE id = (SELECT MIN(id) FROM req_appeal)");
			};
			signIn(Role.CLERK, big);
			time("report view, 1 agency with " + String.format("%,d", n) + " cases (tables, checks, draft)", runs,
					fresh, () -> reports.report(bigCode, year));
			time("tables + checks, 1 agency with " + String.format("%,d", n) + " cases (API)", runs, fresh,
					() -> reports.tables(bigCode, year));
			signIn(Role.DISCLOSURE_OFFICE, county);
			time("county roll-up, " + (agencies + 2) + " agencies, " + String.format("%,d", total) + " cases", runs,
					fresh, () -> rollups.rollup(year));
			SecurityContextHolder.clearContext();
		}
	}

	private static void time(String what, int runs, Runnable fresh, Runnable work) {
		for (int i = 0; i < 3; i++) {
			fresh.run();
			work.run();
		}
		long[] ms = new long[runs];
		for (int i = 0; i < runs; i++) {
			fresh.run();
			long t = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Arrays.sort(ms);
		System.out.printf("%-75s median %5d ms   worst %5d ms   (%d runs)%n", what, ms[runs / 2], ms[runs - 1], runs);
	}

	private static void signIn(Role role, long agencyId) {
		StaffPrincipal principal = new StaffPrincipal(0, "bench", "bench", List.of(new Grant(role, agencyId)), false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

	private static String code(String tag) {
		return (tag + "000000000000000000").substring(0, 18);
	}

	private static long agency(JdbcTemplate jdbc, String tag, String name, String level, Long parent) {
		Timestamp now = Timestamp.from(Instant.now(Clock.systemUTC()));
		jdbc.update("INSERT INTO agc_agency (credit_code, name, short_name, agency_level, parent_id, created_at,"
				+ " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", code(tag), name, name, level, parent, now, now);
		return jdbc.queryForObject("SELECT id FROM agc_agency WHERE credit_code = ?", Long.class, code(tag));
	}

	/**
	 * {@code count} cases received between 1 January two years back and today, each
	 * closed 1–40 days later with a random outcome unless that day is after today (then
	 * open); one in fifty with an appeal.
	 */
	private static void cases(JdbcTemplate jdbc, long agencyId, int count, Random random) {
		LocalDate first = LocalDate.now(Clock.systemUTC()).minusYears(2).withDayOfYear(1);
		int days = (int) (LocalDate.now(Clock.systemUTC()).toEpochDay() - first.toEpochDay());
		Timestamp now = Timestamp.from(Instant.now(Clock.systemUTC()));
		Outcome[] outcomes = Outcome.values();
		ApplicantType[] types = ApplicantType.values();
		List<Object[]> rows = new ArrayList<>();
		List<LocalDate> appealDays = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate received = first.plusDays(random.nextInt(days));
			LocalDate closed = received.plusDays(1 + random.nextInt(40));
			boolean open = closed.isAfter(LocalDate.now(Clock.systemUTC()));
			rows.add(new Object[] { agencyId, "B" + agencyId + "-" + i, types[random.nextInt(types.length)].name(),
					Date.valueOf(received), open ? "RECEIVED" : "CLOSED",
					open ? null : outcomes[random.nextInt(outcomes.length)].row(),
					open ? null : Date.valueOf(closed) });
			if (random.nextInt(50) == 0) {
				appealDays.add(received.plusDays(30));
			}
		}
		jdbc.batchUpdate(
				"INSERT INTO req_case (agency_id, tracking_no, query_code_hash, applicant_type, applicant_name,"
						+ " id_type, id_number, description, formats, delivery, channel, submitted_at, received_on, status,"
						+ " created_at, updated_at, outcome_row, closed_on) VALUES (?, ?, 'x', ?, '申请人', '', '', '某项政府信息', '',"
						+ " 'PICK_UP', 'IMPORTED', ?, ?, ?, ?, ?, ?, ?)",
				rows.stream()
					.map((r) -> new Object[] { r[0], r[1], r[2], now, r[3], r[4], now, now, r[5], r[6] })
					.toList());
		if (!appealDays.isEmpty()) {
			Long someCase = jdbc.queryForObject("SELECT MIN(id) FROM req_case WHERE agency_id = ?", Long.class,
					agencyId);
			String[] kinds = { "RECONSIDERATION", "LAWSUIT" };
			String[] results = { "UPHELD", "CORRECTED", "OTHER", "PENDING" };
			jdbc.batchUpdate(
					"INSERT INTO req_appeal (case_id, agency_id, kind, filed_on, body, result, recorded_by,"
							+ " created_at, updated_at) VALUES (?, ?, ?, ?, '复议机关', ?, 'bench', ?, ?)",
					appealDays.stream()
						.map((d) -> new Object[] { someCase, agencyId, kinds[random.nextInt(2)], Date.valueOf(d),
								results[random.nextInt(4)], now, now })
						.toList());
		}
	}

}
