package org.gongkai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.platform.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-node journey on the running local cluster of {@code deploy/local-cluster.sh}
 * (tag {@code localcluster}: {@code ./mvnw -B -Plocalcluster test
 * -Dgongkai.test.cluster="node1=… node2=…" -Dgongkai.test.cluster.password=…}, the
 * script's last line and the demo accounts' password). Everything goes over HTTP to the
 * two real nodes, as a county platform's scripts and a browser would: an item drafted and
 * reviewed across both nodes is found by search on the other node, its attachment
 * downloads there, and its withdrawal on one node takes it off the other's pages and
 * search; a sign-in on one node is a session on the other; the public application limit
 * counts the applications sent to both.
 */
@Tag("localcluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterJourneyTests {

	/** 河西镇 of the demo county, where the demo accounts work. */
	private static final String HEXI = "11451227628194821P";

	/** The demo county itself. */
	private static final String COUNTY = "11451227526018159G";

	/** Indexing through the outbox, the index's refresh and the caches: up to 30 s. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static String node1;

	private static String node2;

	private static String password;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void nodes() {
		String nodes = System.getProperty("gongkai.test.cluster", "");
		Matcher one = Pattern.compile("node1=(\\S+)").matcher(nodes);
		Matcher two = Pattern.compile("node2=(\\S+)").matcher(nodes);
		assertThat(one.find() && two.find()).as("-Dgongkai.test.cluster=\"node1=URL node2=URL\", given: %s", nodes)
			.isTrue();
		node1 = one.group(1);
		node2 = two.group(1);
		password = System.getProperty("gongkai.test.cluster.password", "");
		assertThat(password).as("-Dgongkai.test.cluster.password").isNotEmpty();
	}

	@Test
	@Order(1)
	void anItemPublishedAcrossTheNodesIsFoundDownloadedAndWithdrawnOnTheOther() throws Exception {
		String clerk = token(node1, "demo-clerk");
		String reviewer = token(node2, "demo-reviewer");
		String secrecy = token(node1, "demo-secrecy");
		String leader = token(node2, "demo-leader");
		String nonce = UUID.randomUUID().toString().substring(0, 8);
		String word = "集群旅程" + nonce;

		String columns = send(node1, "GET", "/api/v1/admin/agencies/" + HEXI + "/columns", clerk, null).body();
		Matcher notice = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"[^\"]*\",\"kind\":\"NOTICE\"").matcher(columns);
		assertThat(notice.find()).as("a NOTICE column of 河西镇 in %s", columns).isTrue();
		HttpResponse<String> drafted = send(node1, "POST", "/api/v1/admin/agencies/" + HEXI + "/publications", clerk,
				"{\"columnId\":" + notice.group(1) + ",\"title\":\"关于" + word
						+ "的通知\",\"summary\":\"两个节点的旅程\",\"body\":\"正文。\",\"madeOn\":\"2026-01-05\","
						+ "\"genre\":\"NOTICE\"}");
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		long id = Long.parseLong(drafted.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

		byte[] pdf = TestDocuments.pdf("Cluster journey attachment " + nonce);
		HttpResponse<String> uploaded = upload(node1, id, clerk, "附件.pdf", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

		step(node1, id, "submit", clerk, null);
		step(node2, id, "content-review", reviewer, "{\"approve\":true,\"comment\":\"同意\"}");
		step(node1, id, "confidentiality-review", secrecy, "{\"approve\":true,\"comment\":\"无涉密内容\"}");
		String signed = step(node2, id, "sign-off", leader, "{\"approve\":true,\"comment\":\"同意发布\"}");
		assertThat(signed).contains("\"status\":\"PUBLISHED\"");

		// node 2 finds what node 1 drafted and node 2 signed: one index for both
		assertThat(within(() -> found(node2, word, id))).as("found on node 2").isTrue();
		assertThat(within(() -> found(node1, word, id))).as("found on node 1").isTrue();

		// the attachment uploaded to node 1 downloads from node 2: one object store
		String item = send(node2, "GET", "/api/v1/publications/" + id, null, null).body();
		Matcher url = Pattern.compile("\"attachments\":\\[\\{[^\\]]*?\"url\":\"([^\"]+)\"").matcher(item);
		assertThat(url.find()).as(item).isTrue();
		HttpResponse<byte[]> download = this.http.send(HttpRequest.newBuilder(URI.create(node2 + url.group(1))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(Arrays.equals(download.body(), pdf)).as("the bytes uploaded to node 1").isTrue();

		// node 1 keeps the page; the withdrawal on node 2 takes it off node 1 and its
		// search
		String page = "/agencies/" + HEXI + "/publications/" + id;
		assertThat(send(node1, "GET", page, null, null).statusCode()).isEqualTo(200);
		assertThat(send(node1, "GET", page, null, null).headers().firstValue("X-Page-Cache")).hasValue("hit");
		String withdrawn = step(node2, id, "withdraw", leader, "{\"reason\":\"集群旅程测试撤回\"}");
		assertThat(withdrawn).contains("\"status\":\"WITHDRAWN\"");
		assertThat(within(() -> send(node1, "GET", page, null, null).statusCode() == 404)).as("gone from node 1")
			.isTrue();
		assertThat(within(() -> !found(node1, word, id))).as("out of node 1's search").isTrue();
		assertThat(send(node2, "GET", "/api/v1/publications/" + id, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	@Order(2)
	void aSignInOnOneNodeIsASessionOnTheOther() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.build();
		String form = browser
			.send(HttpRequest.newBuilder(URI.create(node1 + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("the login form's CSRF field").isTrue();
		String fields = "username=demo-clerk&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(node1 + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(fields))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		// the cookie is for 127.0.0.1, whichever port: the same browser on node 2
		HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(node2 + "/admin")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).as("node 2 knows the session made on node 1").isEqualTo(200);
		assertThat(home.body()).contains("李敏");
	}

	@Test
	@Order(3)
	void theApplicationLimitCountsBothNodes() throws Exception {
		// five a minute per client address by default: sent in turn to both nodes, the
		// sixth and seventh are refused, one by each node (per-node counting would take
		// all seven)
		String application = """
				{"applicantType":"NATURAL_PERSON","applicantName":"张三","idType":"居民身份证",
				"idNumber":"110101199003077777","phone":"13800138000","email":"zhangsan@example.com",
				"address":"人民路2号","description":"本县2025年财政预算公开文件","formats":["EMAIL"],"delivery":"ONLINE"}""";
		List<Integer> answers = new ArrayList<>();
		Set<String> refusedBy = new HashSet<>();
		for (int i = 0; i < 7; i++) {
			String node = (i % 2 == 0) ? node1 : node2;
			int status = send(node, "POST", "/api/v1/agencies/" + COUNTY + "/requests", null, application).statusCode();
			answers.add(status);
			if (status == 429) {
				refusedBy.add(node);
			}
		}
		assertThat(answers).allMatch((s) -> s == 201 || s == 429);
		assertThat(answers.stream().filter((s) -> s == 201).count()).as("%s", answers).isLessThanOrEqualTo(5);
		assertThat(refusedBy).as("%s", answers).containsExactlyInAnyOrder(node1, node2);
	}

	private String token(String node, String username) throws Exception {
		HttpResponse<String> response = send(node, "POST", "/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private String step(String node, long id, String step, String token, String json) throws Exception {
		HttpResponse<String> response = send(node, "POST", "/api/v1/admin/publications/" + id + "/" + step, token,
				json);
		assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	private boolean found(String node, String word, long id) throws Exception {
		HttpResponse<String> response = send(node, "GET",
				"/api/v1/publications?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&agency=" + HEXI, null,
				null);
		return response.statusCode() == 200 && response.body().contains("\"id\":" + id + ",");
	}

	private HttpResponse<String> send(String node, String method, String path, String token, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(String node, long id, String token, String name, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "gongkai" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http
			.send(HttpRequest.newBuilder(URI.create(node + "/api/v1/admin/publications/" + id + "/attachments"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean within(Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.call()) {
				return true;
			}
			Thread.sleep(200);
		}
		return false;
	}

}
