package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.audit.AuditEntryView;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A confidentiality reviewer may approve an item for a later time (Asia/Shanghai); the
 * scheduler publishes it then, as 'system', with the index number of that moment; the
 * reviewer or a leader may cancel before.
 */
@GongkaiTest
class ScheduledPublicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationQueries publications;

	@Autowired
	PublicationScheduler scheduler;

	@Autowired
	Publications repository;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	PublishingDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void theSchedulerPublishesOnlyDueItemsInTheOrderOfTheirTimesWithGapFreeIndexNumbers() throws Exception {
		Desk agency = this.desk.agency("定时县");
		long first = inConfidentialityReview(agency, "一小时后发布");
		long third = inConfidentialityReview(agency, "三小时后发布");
		long second = inConfidentialityReview(agency, "两小时后发布");
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		schedule(agency.confidentiality(), first, now.plusHours(1), 302);
		schedule(agency.confidentiality(), third, now.plusHours(3), 302);
		schedule(agency.confidentiality(), second, now.plusHours(2), 302);
		assertThat(statusOf(first)).isEqualTo(PublicationStatus.SCHEDULED);
		this.mvc.perform(get(agency.publicUrl(first))).andExpect(status().isNotFound());
		String admin = this.mvc.perform(get("/admin/publications/" + first).session(agency.leader()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(admin).contains("待发布", "计划发布时间", now.plusHours(1).toLocalTime().toString(), "取消定时发布");

		Instant halfPast = at(now.plusMinutes(90));
		this.scheduler.publishDue(halfPast);
		int year = LocalDate.ofInstant(halfPast, this.clock.getZone()).getYear();
		PublicationItem published = this.publications.publicItem(first);
		assertThat(published.indexNumber()).isEqualTo(agency.creditCode() + "/" + year + "-00001");
		assertThat(published.publishedOn()).isEqualTo(LocalDate.ofInstant(halfPast, this.clock.getZone()));
		assertThat(statusOf(second)).isEqualTo(PublicationStatus.SCHEDULED);
		assertThat(statusOf(third)).isEqualTo(PublicationStatus.SCHEDULED);
		List<AuditEntryView> entries = this.audit
			.find(new AuditQuery(null, "publication.published", "Publication", String.valueOf(first), null, null), 0, 5)
			.getContent();
		assertThat(entries).singleElement().satisfies((e) -> assertThat(e.actor()).isEqualTo("system"));

		Instant later = at(now.plusHours(4));
		this.scheduler.publishDue(later);
		this.scheduler.publishDue(later);
		int laterYear = LocalDate.ofInstant(later, this.clock.getZone()).getYear();
		assertThat(this.publications.publicItem(second).indexNumber())
			.isEqualTo(agency.creditCode() + "/" + laterYear + "-00002");
		assertThat(this.publications.publicItem(third).indexNumber())
			.isEqualTo(agency.creditCode() + "/" + laterYear + "-00003");
		assertThat(this.publications.publicItem(third).reviews()).extracting(ReviewStep::approved)
			.containsExactly(true, true);
	}

	@Test
	void theReviewerOrALeaderMayCancelAScheduleBeforeItFiresOthersMayNot() throws Exception {
		Desk agency = this.desk.agency("取消县");
		Desk other = this.desk.agency("取消他县");
		long id = inConfidentialityReview(agency, "将取消定时");
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		schedule(agency.confidentiality(), id, now.plusHours(1), 302);
		for (MockHttpSession wrong : List.of(agency.clerk(), agency.reviewer(), other.confidentiality(),
				other.leader())) {
			this.desk.perform(wrong, post("/admin/publications/" + id + "/cancel-schedule"), 403);
		}
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.SCHEDULED);
		this.desk.perform(agency.leader(), post("/admin/publications/" + id + "/cancel-schedule"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		assertThat(this.repository.findById(id).orElseThrow().scheduledAt()).isNull();
		this.scheduler.publishDue(at(now.plusHours(2)));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		schedule(agency.confidentiality(), id, now.plusHours(1), 302);
		this.desk.perform(agency.confidentiality(), post("/admin/publications/" + id + "/cancel-schedule"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		assertThat(this.audit.find(
				new AuditQuery(null, "publication.schedule-cancelled", "Publication", String.valueOf(id), null, null),
				0, 5))
			.hasSize(2);
		// nothing to cancel any more: explained, nothing changes
		this.desk.perform(agency.leader(), post("/admin/publications/" + id + "/cancel-schedule"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
	}

	@Test
	void aScheduleInThePastOrNotADateOrByTheWrongRoleIsRefusedAndNothingChanges() throws Exception {
		Desk agency = this.desk.agency("定时恶意县");
		Desk other = this.desk.agency("定时他县");
		long id = inConfidentialityReview(agency, "时间不对");
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		String page = schedule(agency.confidentiality(), id, now.minusHours(1), 400);
		assertThat(page).contains("请填写晚于当前时间、一年以内的发布时间");
		for (String bad : List.of("", "tomorrow", "2026-13-40T25:00", "<script>alert(1)</script>",
				now.plusYears(2).toString())) {
			page = this.desk.perform(agency.confidentiality(),
					post("/admin/publications/" + id + "/schedule").param("publishAt", bad), 400);
			assertThat(page).as(bad).contains("请填写晚于当前时间").doesNotContain("<script>alert");
		}
		for (MockHttpSession wrong : List.of(agency.clerk(), agency.reviewer(), agency.leader(),
				other.confidentiality())) {
			schedule(wrong, id, now.plusHours(1), 403);
		}
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		assertThat(PublishingDesk.asLeader(agency.id(), () -> this.publications.find(id)).reviews()).hasSize(1);
		// the privacy gate holds a scheduled approval as it holds an immediate one
		long personal = this.desk.draft(PublishingDesk.draftForm(agency, "名单", "手机 13912345678",
				LocalDate.now(this.clock).toString(), "NOTICE"));
		this.desk.toConfidentialityReview(agency, personal);
		page = schedule(agency.confidentiality(), personal, now.plusHours(1), 400);
		assertThat(page).contains("仍有 1 处个人信息");
		assertThat(statusOf(personal)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
	}

	private long inConfidentialityReview(Desk agency, String title) throws Exception {
		long id = this.desk
			.draft(PublishingDesk.draftForm(agency, title, "正文", LocalDate.now(this.clock).toString(), "NOTICE"));
		this.desk.toConfidentialityReview(agency, id);
		return id;
	}

	private String schedule(MockHttpSession who, long id, LocalDateTime at, int expected) throws Exception {
		return this.desk.perform(who,
				post("/admin/publications/" + id + "/schedule").param("publishAt", at.toString().substring(0, 16)),
				expected);
	}

	private Instant at(LocalDateTime local) {
		return local.atZone(this.clock.getZone()).toInstant();
	}

	private PublicationStatus statusOf(long id) {
		return this.repository.findById(id).orElseThrow().status();
	}

}
