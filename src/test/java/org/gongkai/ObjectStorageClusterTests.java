package org.gongkai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.ObjectStore;
import org.gongkai.platform.TestDocuments;
import org.gongkai.platform.storage.S3ProxyServer;
import org.gongkai.request.CaseFixtures;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two nodes on one database and one bucket of a real S3-compatible server (s3proxy, a
 * process of its own): a file uploaded on node 1 downloads on node 2, and neither keeps
 * it on its disk; letters and annual report files, rendered from the database, come out
 * of either node; while the object store is down a download and an upload answer 503 with
 * the Chinese page, nothing is stored, and both work again once it is back.
 * <p>
 * The two nodes are application contexts of their own, started here with their own data
 * directories (the in-memory test database is shared by the JVM, as a PostgreSQL server
 * is by the nodes of a cluster) and the tests' {@link TestClock}. Tagged {@code cluster}
 * ({@code ./mvnw -B -Pcluster test}): the server and the two contexts take tens of
 * seconds to start.
 */
@Tag("cluster")
class ObjectStorageClusterTests {

	@TempDir
	static Path files;

	static S3ProxyServer server;

	static ConfigurableApplicationContext node1;

	static ConfigurableApplicationContext node2;

	static MockMvc mvc1;

	static MockMvc mvc2;

	@BeforeAll
	static void startTheClusterAndItsObjectStore() throws Exception {
		server = S3ProxyServer.start(files.resolve("s3"), "gongkai-cluster");
		node1 = node(files.resolve("node1"));
		node2 = node(files.resolve("node2"));
		mvc1 = mvc(node1);
		mvc2 = mvc(node2);
	}

	@AfterAll
	static void stop() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { node1, node2 }) {
			if (node != null) {
				node.close();
			}
		}
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void today() {
		TestClock.INSTANCE.reset();
	}

	@Test
	void aFileUploadedOnOneNodeDownloadsOnTheOtherAndLivesInTheBucketOnly() throws Exception {
		Office office = office(node1, mvc1);
		long item = draft(office);
		byte[] pdf = TestDocuments.pdf("Cluster attachment " + System.nanoTime());
		upload(mvc1, office.clerkOn1, item, "名单.pdf", pdf).andExpect(status().is3xxRedirection());
		Map<String, Object> attachment = jdbc().queryForMap("select id, sha256 from pub_attachment where item_id = ?",
				item);
		String sha256 = (String) attachment.get("sha256");

		MockHttpSession clerkOn2 = Staff.signIn(mvc2, office.clerk);
		MvcResult download = mvc2
			.perform(get("/admin/publications/" + item + "/attachments/" + attachment.get("id")).session(clerkOn2))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(server.file(objectName(sha256))).hasBinaryContent(pdf);
		assertThat(storedFiles(files.resolve("node1"))).isEmpty();
		assertThat(storedFiles(files.resolve("node2"))).isEmpty();
		assertThat(node2.getBean(ObjectStore.class).exists(sha256)).isTrue();
	}

	@Test
	void aLetterPdfAndAnAnnualReportFileComeOutOfTheOtherNode() throws Exception {
		Office office = office(node1, mvc1);
		LocalDate today = TestClock.INSTANCE.today();
		RequestManagement requests = node1.getBean(RequestManagement.class);
		long caseId = CaseFixtures.walkIn(requests,
				node1.getBean(org.gongkai.request.casework.DisclosureRequests.class), office.agency,
				CaseFixtures.idNumber(), today);
		CaseFixtures.asDoing(office.clerk, Role.CLERK, office.agency,
				() -> requests.decide(caseId, Outcome.DISCLOSED, null));

		MockHttpSession clerkOn2 = Staff.signIn(mvc2, office.clerk);
		byte[] letter = mvc2.perform(get("/admin/requests/" + caseId + "/letters/reply.pdf").session(clerkOn2))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(letter)).contains("政府信息公开申请答复告知书", "王五：");

		MockHttpSession leaderOn2 = Staff.signIn(mvc2, office.leader);
		int lastYear = today.getYear() - 1;
		byte[] report = mvc2
			.perform(get("/admin/annual-reports/" + office.creditCode + "/" + lastYear + "/preview/pdf")
				.session(leaderOn2))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(report)).contains(lastYear + "年政府信息公开工作年度", "一、总体情况");
	}

	@Test
	void whileTheObjectStoreIsDownDownloadsAndUploadsAnswer503AndNothingIsStored() throws Exception {
		Office office = office(node1, mvc1);
		long item = draft(office);
		byte[] pdf = TestDocuments.pdf("Before the outage " + System.nanoTime());
		upload(mvc1, office.clerkOn1, item, "通知.pdf", pdf).andExpect(status().is3xxRedirection());
		long attachmentId = jdbc().queryForObject("select id from pub_attachment where item_id = ?", Long.class, item);
		MockHttpSession clerkOn2 = Staff.signIn(mvc2, office.clerk);
		server.stop();
		try {
			String page = mvc2
				.perform(get("/admin/publications/" + item + "/attachments/" + attachmentId).session(clerkOn2))
				.andExpect(status().isServiceUnavailable())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("文件存储暂时无法访问").doesNotContain("Exception", "at org.");
			byte[] other = TestDocuments.pdf("During the outage " + System.nanoTime());
			upload(mvc1, office.clerkOn1, item, "另一份.pdf", other).andExpect(status().isServiceUnavailable());
			assertThat(
					jdbc().queryForObject("select count(*) from pub_attachment where item_id = ?", Integer.class, item))
				.isEqualTo(1);
		}
		finally {
			server.restart();
		}
		assertThat(mvc2.perform(get("/admin/publications/" + item + "/attachments/" + attachmentId).session(clerkOn2))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
	}

	private static ConfigurableApplicationContext node(Path dataDir) {
		// as command-line arguments, which win over application.properties
		List<String> arguments = new ArrayList<>();
		for (String property : server.properties()) {
			arguments.add("--" + property);
		}
		arguments.add("--server.port=0");
		arguments.add("--gongkai.data-dir=" + dataDir);
		return new SpringApplicationBuilder(GongkaiApplication.class)
			.initializers((context) -> context
				.addBeanFactoryPostProcessor(new TestClockContextCustomizerFactory.ClockReplacement()))
			.run(arguments.toArray(String[]::new));
	}

	private static MockMvc mvc(ConfigurableApplicationContext node) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) node).apply(springSecurity()).build();
	}

	private static JdbcTemplate jdbc() {
		return node1.getBean(JdbcTemplate.class);
	}

	/**
	 * The files of the store under a node's data directory (none: the bucket has them).
	 */
	private static List<Path> storedFiles(Path dataDir) throws IOException {
		Path uploads = dataDir.resolve("uploads");
		if (!Files.exists(uploads)) {
			return List.of();
		}
		try (Stream<Path> all = Files.walk(uploads)) {
			return all.filter(Files::isRegularFile).toList();
		}
	}

	private static String objectName(String sha256) {
		return "uploads/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	private static Office office(ConfigurableApplicationContext node, MockMvc mvc) throws Exception {
		AgencyData data = AgencyFixtures.county("对象存储县" + System.nanoTime());
		long agency = node.getBean(AgencyManagement.class).create(data);
		long column = node.getBean(CatalogManagement.class)
			.publicTree(agency)
			.stream()
			.filter((c) -> "news".equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
		AccountManagement accounts = node.getBean(AccountManagement.class);
		String clerk = Staff.create(accounts, Role.CLERK, agency);
		String leader = Staff.create(accounts, Role.LEADER, agency);
		return new Office(agency, data.creditCode(), column, clerk, leader, Staff.signIn(mvc, clerk));
	}

	private static long draft(Office office) throws Exception {
		String location = mvc1
			.perform(post("/admin/publications/new").session(office.clerkOn1)
				.with(csrf())
				.param("agencyId", "" + office.agency)
				.param("title", "集群附件")
				.param("body", "附件见下。")
				.param("madeOn", TestClock.INSTANCE.today().toString())
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("columnId", "" + office.column))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static org.springframework.test.web.servlet.ResultActions upload(MockMvc mvc, MockHttpSession session,
			long item, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/admin/publications/" + item + "/attachments")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.session(session)
			.with(csrf()));
	}

	record Office(long agency, String creditCode, long column, String clerk, String leader, MockHttpSession clerkOn1) {

	}

}
