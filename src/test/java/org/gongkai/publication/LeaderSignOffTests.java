package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.publication.PublishingDesk.Desk;
import org.gongkai.publication.item.Publications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leader's sign-off (领导签发): where an agency requires it, confidentiality approval
 * passes the item to the agency's leader, whose approval publishes or schedules it and
 * whose return sends it back to draft; until then the item is nowhere public. Agencies
 * without the setting publish on confidentiality approval as before.
 */
@GongkaiTest
class LeaderSignOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Publications repository;

	@Autowired
	PublicationQueries publications;

	@Autowired
	PublicationTimeliness timeliness;

	@Autowired
	PublicationStatistics statistics;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	PublishingDesk desk;

	private final String client = "203.0." + ThreadLocalRandom.current().nextInt(256) + "."
			+ ThreadLocalRandom.current().nextInt(1, 255);

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void withoutTheSettingConfidentialityApprovalPublishesAndTheLeaderHasNoSignOffLine() throws Exception {
		Desk agency = this.desk.agency("不签发县");
		long id = draft(agency, "不需签发的通知", today());
		this.desk.publish(agency, id);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(home(agency.leader())).doesNotContain("data-todo=\"sign-off\"");
	}

	@Test
	void withTheSettingTheLeaderSignsOffAndOnlyThenItIsPublicAndSearchable() throws Exception {
		Desk agency = this.desk.agency("签发县");
		turnOn(agency);
		String title = "关于湿地公园开放时间调整的公告";
		long id = draft(agency, title, today());
		this.desk.toConfidentialityReview(agency, id);
		String item = this.desk.perform(agency.confidentiality(), get("/admin/publications/" + id), 200);
		assertThat(item).contains("保密审查通过，送领导签发").doesNotContain("保密审查通过并发布");
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_LEADER_APPROVAL);
		assertThat(this.repository.load(id).indexNumber()).isNull();

		this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isNotFound());
		assertThat(searchIds("湿地公园", agency)).isEmpty();
		assertThat(this.desk.perform(agency.clerk(), get("/admin/publications/" + id), 200)).contains("待领导签发",
				"等待本机关领导签发");

		String home = home(agency.leader());
		assertThat(home).contains("待我审批：待签发的信息", "data-todo=\"sign-off\" data-count=\"1\"",
				"/admin/publications?status=IN_LEADER_APPROVAL");
		assertThat(this.desk.perform(agency.leader(), get("/admin/publications").param("status", "IN_LEADER_APPROVAL"),
				200))
			.contains(title, "value=\"IN_LEADER_APPROVAL\"", "待领导签发");
		assertThat(this.desk.perform(agency.leader(), get("/admin/publications/" + id), 200)).contains("同意签发");

		this.desk.perform(agency.leader(), post("/admin/publications/" + id + "/sign-off").param("approve", "true"),
				302);
		this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isOk());
		PublicationItem published = this.publications.publicItem(id);
		assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(published.indexNumber()).isEqualTo(agency.creditCode() + "/" + today().getYear() + "-00001");
		assertThat(published.reviews()).extracting(ReviewStep::role)
			.containsExactly(Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER, Role.LEADER);
		assertThat(searchIds("湿地公园", agency)).containsExactly(id);
		assertThat(home(agency.leader())).contains("data-todo=\"sign-off\" data-count=\"0\"");
		for (String action : List.of("publication.sign-off-requested", "publication.signed-off",
				"publication.published")) {
			assertThat(entries(action, id)).as(action).isEqualTo(1);
		}
	}

	@Test
	void onlyALeaderOfTheItemsOwnAgencySignsOff() throws Exception {
		Desk agency = this.desk.agency("本级签发县");
		Desk other = this.desk.agency("他级签发县");
		turnOn(agency);
		long id = awaitingSignOff(agency, "只由本机关领导签发");
		for (MockHttpSession wrong : List.of(other.leader(), agency.confidentiality(), agency.reviewer(),
				agency.clerk())) {
			this.desk.perform(wrong, post("/admin/publications/" + id + "/sign-off").param("approve", "true"), 403);
			this.desk.perform(wrong,
					post("/admin/publications/" + id + "/sign-off").param("approve", "false").param("comment", "不同意"),
					403);
		}
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_LEADER_APPROVAL);
		assertThat(this.desk.perform(other.leader(), get("/admin/publications/" + id), 403)).doesNotContain("同意签发");
		// the text is frozen while it waits: no masking, and the reviewer cannot approve
		// twice
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_LEADER_APPROVAL);
		assertThat(entries("publication.published", id)).isZero();
	}

	@Test
	void aReturnNeedsACommentAndTheCommentIsKeptAsPlainText() throws Exception {
		Desk agency = this.desk.agency("退回签发县");
		turnOn(agency);
		long id = awaitingSignOff(agency, "需要修改的公告");
		String page = this.mvc
			.perform(post("/admin/publications/" + id + "/sign-off").session(agency.leader())
				.with(csrf())
				.param("approve", "false")
				.param("comment", "  \u0007 "))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("errorKey")
			.toString();
		assertThat(page).isEqualTo("publication.comment.invalid");
		this.desk.perform(agency.leader(), post("/admin/publications/" + id + "/sign-off").param("approve", "false")
			.param("comment", "长".repeat(1001)), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_LEADER_APPROVAL);
		assertThat(entries("publication.sign-off-returned", id)).isZero();

		String hostile = "<script>alert('签发')</script>请核实\u0000日期";
		this.desk.perform(agency.leader(),
				post("/admin/publications/" + id + "/sign-off").param("approve", "false").param("comment", hostile),
				302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.DRAFT);
		assertThat(this.repository.load(id).scheduledAt()).isNull();
		String item = this.desk.perform(agency.clerk(), get("/admin/publications/" + id), 200);
		assertThat(item).doesNotContain("<script>alert")
			.contains("&lt;script&gt;alert(&#39;签发&#39;)&lt;/script&gt;请核实");
		assertThat(entries("publication.sign-off-returned", id)).isEqualTo(1);
		this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isNotFound());
		// back through all three steps after the clerk's correction
		this.desk.perform(agency.clerk(), post("/admin/publications/" + id + "/submit"), 302);
		this.desk.perform(agency.reviewer(),
				post("/admin/publications/" + id + "/content-review").param("approve", "true"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
	}

	@Test
	void aScheduledApprovalWaitsForTheLeaderThenKeepsItsTime() throws Exception {
		Desk agency = this.desk.agency("定时签发县");
		turnOn(agency);
		long id = draft(agency, "签发后定时发布的通知", today());
		this.desk.toConfidentialityReview(agency, id);
		LocalDateTime at = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES).plusHours(2);
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + id + "/schedule").param("publishAt", at.toString())
					.param("comment", "按时发布"),
				302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_LEADER_APPROVAL);
		assertThat(this.desk.perform(agency.leader(), get("/admin/publications/" + id), 200)).contains("签发后将于",
				at.toLocalTime().toString());
		this.desk.perform(agency.leader(),
				post("/admin/publications/" + id + "/sign-off").param("approve", "true").param("comment", "同意"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.SCHEDULED);
		assertThat(this.repository.load(id).scheduledAt()).isEqualTo(at.atZone(this.clock.getZone()).toInstant());
		this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isNotFound());
		assertThat(entries("publication.scheduled", id)).isEqualTo(1);
	}

	@Test
	void anItemWaitingForSignOffIsStillUnpublishedForTimelinessAndTheAnnualReport() throws Exception {
		Desk agency = this.desk.agency("超期签发县");
		turnOn(agency);
		long id = draft(agency, "成文已久待签发的通知", today().minusDays(60));
		this.desk.toConfidentialityReview(agency, id);
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"), 302);
		TimelinessReport report = PublishingDesk.asLeader(agency.id(), () -> this.timeliness.timeliness(today()));
		assertThat(report.overdue()).extracting((e) -> e.item().id()).contains(id);
		assertThat(report.late()).extracting((e) -> e.item().id()).doesNotContain(id);
		assertThat(this.statistics.publishedByColumn(agency.id(), today().getYear())).isEmpty();
		this.desk.perform(agency.leader(), post("/admin/publications/" + id + "/sign-off").param("approve", "true"),
				302);
		assertThat(this.statistics.publishedByColumn(agency.id(), today().getYear()))
			.containsExactly(Map.entry(agency.column(), 1L));
	}

	@Test
	void theSettingIsTheLeadersOrTheDisclosureOfficesAndEveryChangeIsAudited() throws Exception {
		Desk agency = this.desk.agency("设置县");
		Desk other = this.desk.agency("他设置县");
		assertThat(this.desk.perform(agency.leader(), get("/admin/publications"), 200))
			.contains("/admin/publications/sign-off");
		assertThat(this.desk.perform(agency.clerk(), get("/admin/publications"), 200))
			.doesNotContain("/admin/publications/sign-off");
		String page = this.desk.perform(agency.leader(), get("/admin/publications/sign-off"), 200);
		assertThat(page).contains("发布前领导签发设置", "未开启", "data-agency=\"" + agency.id() + "\"")
			.doesNotContain("data-agency=\"" + other.id() + "\"");
		for (MockHttpSession wrong : List.of(other.leader(), agency.clerk(), agency.confidentiality())) {
			this.desk.perform(wrong,
					post("/admin/publications/sign-off").param("agencyId", "" + agency.id()).param("required", "true"),
					403);
		}
		for (String[] bad : List.of(new String[] { "abc", "true" }, new String[] { "" + agency.id(), "vielleicht" },
				new String[] { "", "" })) {
			int code = this.mvc
				.perform(post("/admin/publications/sign-off").session(agency.leader())
					.with(csrf())
					.param("agencyId", bad[0])
					.param("required", bad[1]))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(code).as(String.join(",", bad)).isBetween(400, 499);
		}
		assertThat(this.context.getBean(PublicationSignOff.class).required(agency.id())).isFalse();

		MockHttpSession office = Staff.signIn(this.mvc,
				Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, agency.id()));
		this.desk.perform(office,
				post("/admin/publications/sign-off").param("agencyId", "" + agency.id()).param("required", "true"),
				302);
		this.desk.perform(office,
				post("/admin/publications/sign-off").param("agencyId", "" + agency.id()).param("required", "true"),
				302);
		assertThat(this.desk.perform(agency.leader(), get("/admin/publications/sign-off"), 200)).contains("已开启");
		this.desk.perform(agency.leader(),
				post("/admin/publications/sign-off").param("agencyId", "" + agency.id()).param("required", "false"),
				302);
		assertThat(this.context.getBean(PublicationSignOff.class).required(agency.id())).isFalse();
		assertThat(this.audit
			.find(new AuditQuery(null, "publication.sign-off-setting-changed", "SignOffSetting", "" + agency.id(), null,
					null), 0, 10)
			.getContent()).hasSize(2);
		long id = draft(agency, "关闭签发后直接发布", today());
		this.desk.publish(agency, id);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);
	}

	private void turnOn(Desk agency) throws Exception {
		this.desk.perform(agency.leader(),
				post("/admin/publications/sign-off").param("agencyId", "" + agency.id()).param("required", "true"),
				302);
	}

	private long awaitingSignOff(Desk agency, String title) throws Exception {
		long id = draft(agency, title, today());
		this.desk.publish(agency, id);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_LEADER_APPROVAL);
		return id;
	}

	private long draft(Desk agency, String title, LocalDate madeOn) throws Exception {
		return this.desk
			.draft(PublishingDesk.draftForm(agency, title, "各村（社区）：\n\n请按时落实。", madeOn.toString(), "NOTICE"));
	}

	private String home(MockHttpSession session) throws Exception {
		return this.desk.perform(session, get("/admin"), 200);
	}

	private List<Long> searchIds(String words, Desk agency) throws Exception {
		String json = this.mvc.perform(get("/api/v1/publications").with((r) -> {
			r.setRemoteAddr(this.client);
			return r;
		}).param("q", words).param("agency", agency.creditCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private long entries(String action, long id) {
		return this.audit.find(new AuditQuery(null, action, "Publication", String.valueOf(id), null, null), 0, 10)
			.getTotalElements();
	}

	private PublicationStatus statusOf(long id) {
		return this.repository.load(id).status();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
