package org.gongkai.platform.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input from the issue-10 list, against the real server (Tomcat decodes
 * parameters and multipart bodies; MockMvc does not): each answers 400 with the Chinese
 * JSON error under /api/ or the Chinese error page elsewhere, is logged at WARN without a
 * stack trace, and stores nothing.
 */
@GongkaiTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTests {

	@LocalServerPort
	int port;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aSearchWithInvalidUtf8IsA400InJson(CapturedOutput output) throws Exception {
		assertJson400(get("/api/v1/publications?q=%ff", "application/json"));
		assertLoggedWithoutTrace(output);
	}

	@Test
	void aDeadlineFromInvalidUtf8IsA400InJson(CapturedOutput output) throws Exception {
		assertJson400(get("/api/v1/calendar/deadline?from=%ff&workingDays=20", "application/json"));
		assertJson400(get("/api/v1/calendar/deadline?from=%ff", "application/json"));
		assertLoggedWithoutTrace(output);
	}

	@Test
	void aRequestLookupWithAnInvalidCodeIsA400InJson(CapturedOutput output) throws Exception {
		assertJson400(get("/api/v1/requests/X?code=%ff", "application/json"));
		assertLoggedWithoutTrace(output);
	}

	@Test
	void aLetterLookupWithAnOverlongEncodingIsA400InJson(CapturedOutput output) throws Exception {
		assertJson400(get("/api/v1/letters/X?code=%c0%af", "application/json"));
		assertLoggedWithoutTrace(output);
	}

	@Test
	void theSameInputOnAPageIsTheChinese400Page(CapturedOutput output) throws Exception {
		HttpResponse<String> response = get("/search?q=%ff", "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("请求有误", "提交的内容不符合要求").doesNotContain("Exception");
		assertLoggedWithoutTrace(output);
	}

	@Test
	void theErrorPageRequestedDirectlyIsA400(CapturedOutput output) throws Exception {
		HttpResponse<String> page = get("/error", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("请求有误").doesNotContain("999");
		assertJson400(get("/error", "application/json"));
		assertJson400(get("/%65rror;jsessionid=1", "application/json"));
		assertLoggedWithoutTrace(output);
	}

	@Test
	void anUndecodablePathUnderTheApiIsA400InJson() throws Exception {
		// refused by Tomcat before the application sees it: the error report valve
		// answers
		HttpResponse<String> response = get("/api/v1/publications/%ff", "application/json");
		assertJson400(response);
		HttpResponse<String> page = get("/agencies/%c0%af", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("html"));
		assertThat(page.body()).contains("请求有误", "网址格式不正确").doesNotContain("Tomcat", "HTTP Status");
	}

	@Test
	void anIdentityProofNamedWithNulIsRefusedAndNothingIsStored(CapturedOutput output) throws Exception {
		AgencyData agency = AgencyFixtures.county("文件名县" + System.nanoTime());
		this.agencies.create(agency);
		Browser browser = new Browser();
		String form = "/agencies/" + agency.creditCode() + "/requests/new";
		String csrf = browser.csrf(form);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf);
		fields.put("applicantType", "NATURAL_PERSON");
		fields.put("applicantName", "张三");
		fields.put("idType", "居民身份证");
		fields.put("idNumber", "110101199003077777");
		fields.put("phone", "13800138000");
		fields.put("email", "zhangsan@example.com");
		fields.put("address", "人民路2号");
		fields.put("description", "本县财政预算公开文件");
		fields.put("formats", "EMAIL");
		fields.put("delivery", "ONLINE");
		long casesBefore = count("SELECT COUNT(*) FROM req_case");

		HttpResponse<String> response = browser.upload(form, fields, "idProof", "身份证\u0000.pdf",
				TestDocuments.pdf("identity proof"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("文件名含有无法识别的字符，文件未保存").doesNotContain("Exception");
		assertThat(count("SELECT COUNT(*) FROM req_case")).isEqualTo(casesBefore);
		assertLoggedWithoutTrace(output);
	}

	@Test
	void aPartHeaderOverTheLimitIs413AsJsonUnderTheApiAndAsAPageElsewhere(CapturedOutput output) throws Exception {
		// Tomcat refuses it while parsing (as it refuses a body over the multipart
		// limits);
		// the error page is then dispatched with the multipart body still unreadable
		String name = "名".repeat(2000) + ".csv";
		HttpResponse<String> api = new Browser().upload("/api/v1/admin/agencies/X/requests/register", Map.of(), "file",
				name, "a,b\n".getBytes(StandardCharsets.UTF_8));
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("json"));
		assertThat(api.body()).contains("\"status\":413", "上传的内容过大", "\"code\":\"error.too-large\"");
		AgencyData agency = AgencyFixtures.county("大文件县" + System.nanoTime());
		this.agencies.create(agency);
		HttpResponse<String> page = new Browser().upload("/agencies/" + agency.creditCode() + "/requests/new", Map.of(),
				"idProof", name, TestDocuments.pdf("identity proof"));
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("上传的内容过大").doesNotContain("Exception");
		assertLoggedWithoutTrace(output);
	}

	@Test
	void anAttachmentNamedWithNulIsRefusedAndTheDraftKeepsItsFiles(CapturedOutput output) throws Exception {
		Browser clerk = new Browser();
		Draft draft = draft(clerk, "附件名县");
		String csrf = clerk.csrf(draft.page());
		HttpResponse<String> first = clerk.upload(draft.page() + "/attachments", Map.of("_csrf", csrf), "file",
				"通知.pdf", TestDocuments.pdf("first attachment"));
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(attachmentNames(draft)).containsExactly("通知.pdf");

		HttpResponse<String> response = clerk.upload(draft.page() + "/attachments", Map.of("_csrf", csrf), "file",
				"通知\u0000.exe.pdf", TestDocuments.pdf("second attachment"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("文件名含有无法识别的字符，文件未保存");
		assertThat(attachmentNames(draft)).containsExactly("通知.pdf");
		assertLoggedWithoutTrace(output);
	}

	@Test
	void hostileButReadableFileNamesAreCleanedNotRefused() throws Exception {
		Browser clerk = new Browser();
		Draft draft = draft(clerk, "清理名县");
		String csrf = clerk.csrf(draft.page());
		String longName = "关于印发实施方案的通知".repeat(30) + ".pdf";
		String emoji = "\uD83D\uDE00".repeat(210) + ".pdf";
		String[] names = { "C:\\Users\\张三\\..\\公示\u0001名单\u001b.pdf", longName, emoji };
		for (String name : names) {
			HttpResponse<String> response = clerk.upload(draft.page() + "/attachments", Map.of("_csrf", csrf), "file",
					name, TestDocuments.pdf("attachment " + name.length()));
			assertThat(response.statusCode()).as(name).isEqualTo(302);
		}
		assertThat(attachmentNames(draft)).satisfiesExactly((n) -> assertThat(n).isEqualTo("公示名单.pdf"),
				(n) -> assertThat(n).hasSize(200).startsWith("关于印发").endsWith(".pdf"),
				(n) -> assertThat(n).hasSize(200).endsWith("\uD83D\uDE00.pdf"));
	}

	/** A new agency's draft, created through the pages by the clerk signed in here. */
	private Draft draft(Browser clerk, String agencyName) throws Exception {
		long agencyId = this.agencies.create(AgencyFixtures.county(agencyName + System.nanoTime()));
		long column = this.catalog.publicTree(agencyId)
			.stream()
			.filter((c) -> "news".equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
		clerk.signIn(Staff.create(this.accounts, Role.CLERK, agencyId));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", clerk.csrf("/admin/publications/new"));
		form.put("agencyId", "" + agencyId);
		form.put("title", "附件名称");
		form.put("body", "正文。");
		form.put("madeOn", LocalDate.now(this.clock).toString());
		form.put("genre", "NOTICE");
		form.put("validity", "VALID");
		form.put("columnId", "" + column);
		HttpResponse<String> created = clerk.post("/admin/publications/new", form);
		assertThat(created.statusCode()).as("draft created").isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String page = location.substring(location.indexOf("/admin/publications/"));
		return new Draft(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)), page);
	}

	private List<String> attachmentNames(Draft draft) {
		return this.jdbc.queryForList("SELECT file_name FROM pub_attachment WHERE item_id = ? ORDER BY id",
				String.class, draft.id());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private HttpResponse<String> get(String rawPath, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + rawPath))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	static void assertJson400(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/json"));
		assertThat(response.body()).contains("\"status\":400", "\"error\":\"请求有误\"", "\"code\":\"error.bad-request\"")
			.doesNotContain("Exception", "trace");
	}

	private static void assertLoggedWithoutTrace(CapturedOutput output) {
		assertThat(output.getOut()).contains("WARN", "MalformedRequestFilter").doesNotContain(" ERROR ", "\tat ");
	}

	private record Draft(long id, String page) {
	}

	/** A client with a session: cookies kept, CSRF tokens read from the forms. */
	private final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		String csrf(String path) throws Exception {
			HttpResponse<String> page = this.http.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("a form on " + path + " (" + page.statusCode() + ")").isTrue();
			return matcher.group(1);
		}

		void signIn(String username) throws Exception {
			HttpResponse<String> response = post("/login",
					Map.of("_csrf", csrf("/login"), "username", username, "password", Staff.PASSWORD));
			assertThat(response.headers().firstValue("Location")).as("sign-in")
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
			StringBuilder body = new StringBuilder();
			fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
				.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * A multipart form as a browser sends it: the file name's bytes in UTF-8, raw.
		 */
		HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
				byte[] content) throws Exception {
			String boundary = "----gongkai" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (Map.Entry<String, String> field : fields.entrySet()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return this.http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + MalformedRequestTests.this.port + path))
				.header("Accept", "text/html");
		}

	}

}
