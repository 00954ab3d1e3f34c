package org.gongkai.demo;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

/**
 * Search latency and quality for bench/run.sh and bench/search.sh: two-term Chinese
 * queries (words of the demo phrase bank) against {@code GET /api/v1/publications?q=},
 * which answers JSON with {@code total} and {@code items}. One client, one query at a
 * time, after a warm-up; prints p50, p95 and p99. Given the database, then the labelled
 * query set ({@link QuerySet}): the items each query must find are computed from the
 * search documents' text (every published item; read over JDBC), the hits are fetched by
 * relevance up to {@value #DEPTH} deep, and recall, R-precision and precision@10 are
 * printed with the latency of the same queries. Prints 「search API not available」 when
 * the API answers 404. Not a test.
 *
 * <p>
 * Usage: {@code SearchBenchClient BASE-URL [QUERIES] [JDBC-URL USER PASSWORD]} (QUERIES:
 * timed queries per run, default 1000).
 */
public final class SearchBenchClient {

	static final List<String> QUERIES = List.of("医疗保险 参保", "安全生产 检查", "社会救助 公示", "耕地地力 补贴", "部门决算 三公", "拟聘用 公示",
			"危房改造 对象", "征地补偿 安置", "防汛 值班", "秸秆禁烧 通告", "高龄津贴 发放", "政府采购 磋商", "行政处罚 罚款", "统计 增加值", "义务教育 招生", "河长制 巡河",
			"宅基地 审批", "土地流转 面积", "健康体检 老年人", "招聘会 岗位", "预算 三公经费", "低保 审核", "养老保险 认证", "临时救助 审批", "污水处理 改造", "停水 通知",
			"权责清单 事项", "年度报告 申请", "森林防火 巡查", "食品安全 抽检");

	private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*([0-9]+)");

	/**
	 * How deep the hits of a query are fetched for judging it (the relevant beyond are
	 * not judged).
	 */
	static final int DEPTH = 1000;

	private SearchBenchClient() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> probe = get(client, base, QUERIES.get(0));
		if (probe.statusCode() == 404) {
			System.out.println("search API not available (GET /api/v1/publications?q= answers 404)");
			return;
		}
		if (probe.statusCode() != 200) {
			System.out.println("search API answers " + probe.statusCode() + ": " + probe.body());
			return;
		}
		for (int i = 0; i < 200; i++) {
			get(client, base, QUERIES.get(i % QUERIES.size()));
		}
		long[] nanos = new long[count];
		long hits = 0;
		int empty = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String query = QUERIES.get(i % QUERIES.size());
			long start = System.nanoTime();
			HttpResponse<String> response = get(client, base, query);
			nanos[i] = System.nanoTime() - start;
			Matcher total = TOTAL.matcher(response.body());
			if (response.statusCode() != 200 || !total.find()) {
				failures.add(query + " -> " + response.statusCode());
				continue;
			}
			long found = Long.parseLong(total.group(1));
			hits += found;
			if (found == 0) {
				empty++;
			}
		}
		Arrays.sort(nanos);
		System.out.printf(
				"search: %d two-term queries, one at a time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				count, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[count - 1] / 1e6);
		System.out.printf("search: mean total per query %,d; queries with no hit %d; failed %d%s%n", hits / count,
				empty, failures.size(),
				failures.isEmpty() ? "" : " " + failures.subList(0, Math.min(3, failures.size())));
		if (args.length > 4) {
			try {
				querySet(client, base, count, args[2], args[3], args[4]);
			}
			catch (SQLException ex) {
				// H2 in file mode is locked by the running application
				System.out.println("search query set: database not readable while the application runs: "
						+ ex.getMessage().lines().findFirst().orElse(""));
			}
		}
	}

	/** Quality and latency of the labelled query set. */
	private static void querySet(HttpClient client, String base, int count, String jdbc, String user, String password)
			throws Exception {
		List<String> queries = QuerySet.load();
		List<List<String>> terms = queries.stream().map(QuerySet::terms).toList();
		List<Set<Long>> relevant = new ArrayList<>();
		queries.forEach((query) -> relevant.add(new HashSet<>()));
		long documents = 0;
		try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
			db.setAutoCommit(false);
			String columns = "publication_id, title, summary, body, document_number";
			boolean attachments = true;
			try (Statement probe = db.createStatement()) {
				probe.executeQuery("SELECT attachment_text FROM search_document WHERE 1 = 0").close();
			}
			catch (SQLException ex) {
				// an index from before attachment text was searched
				attachments = false;
				db.rollback();
			}
			try (Statement statement = db.createStatement()) {
				statement.setFetchSize(1000);
				try (ResultSet row = statement.executeQuery(
						"SELECT " + columns + (attachments ? ", attachment_text" : "") + " FROM search_document")) {
					while (row.next()) {
						String text = QuerySet.itemText(row.getString(2), row.getString(3), row.getString(4),
								row.getString(5), attachments ? row.getString(6) : null);
						for (int i = 0; i < queries.size(); i++) {
							if (QuerySet.relevant(text, terms.get(i))) {
								relevant.get(i).add(row.getLong(1));
							}
						}
						documents++;
					}
				}
			}
		}
		List<QuerySet.Outcome> outcomes = new ArrayList<>();
		int capped = 0;
		for (int i = 0; i < queries.size(); i++) {
			List<Long> hits = new ArrayList<>();
			long total = -1;
			for (int page = 1; hits.size() < DEPTH; page++) {
				String json = get(client, base, queries.get(i), "&size=50&page=" + page).body();
				List<Number> ids = JsonPath.read(json, "$.items[*].id");
				total = (total < 0) ? JsonPath.<Number>read(json, "$.total").longValue() : total;
				ids.forEach((id) -> hits.add(id.longValue()));
				if (ids.size() < 50) {
					break;
				}
			}
			capped += (relevant.get(i).size() > DEPTH) ? 1 : 0;
			outcomes.add(QuerySet.Outcome.of(queries.get(i), relevant.get(i), hits, DEPTH, total));
		}
		outcomes.forEach((outcome) -> System.out.println("  " + outcome));
		for (int i = 0; i < 100; i++) {
			get(client, base, queries.get(i % queries.size()));
		}
		long[] nanos = new long[count];
		long[] slowest = new long[queries.size()];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			get(client, base, queries.get(i % queries.size()));
			nanos[i] = System.nanoTime() - start;
			slowest[i % queries.size()] = Math.max(slowest[i % queries.size()], nanos[i]);
		}
		Arrays.sort(nanos);
		// the queries that make the tail, each with its slowest time
		java.util.stream.IntStream.range(0, queries.size())
			.boxed()
			.sorted((a, b) -> Long.compare(slowest[b], slowest[a]))
			.limit(8)
			.forEach((i) -> System.out.printf("  slow: %-24s %.1f ms (%d relevant)%n", queries.get(i), slowest[i] / 1e6,
					relevant.get(i).size()));
		double[] means = QuerySet.means(outcomes);
		System.out.printf(
				"search query set: %d queries (search/queries.txt) over %,d documents: recall %.4f, R-precision %.4f, "
						+ "precision@10 %.4f (judged to %d hits deep; %d queries have more relevant items)%n",
				queries.size(), documents, means[0], means[1], means[2], DEPTH, capped);
		System.out.printf(
				"search query set latency: %d queries one at a time (first page of 20): p50 %.1f ms, p95 %.1f ms, "
						+ "p99 %.1f ms, max %.1f ms%n",
				count, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[count - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(index, 0)] / 1e6;
	}

	private static HttpResponse<String> get(HttpClient client, String base, String query) throws Exception {
		return get(client, base, query, "");
	}

	private static HttpResponse<String> get(HttpClient client, String base, String query, String parameters)
			throws Exception {
		URI uri = URI
			.create(base + "/api/v1/publications?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + parameters);
		return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
