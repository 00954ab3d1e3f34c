package org.gongkai.inspection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency hears of new findings and of tasks: the start page counts the findings its
 * latest run found new, and, when the platform can send mail, its disclosure office
 * address gets one e-mail per run with new findings and one per task; a re-run finding
 * the same problems sends nothing again.
 */
@GongkaiTest
class InspectionNoticeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Inspections inspections;

	@Autowired
	InspectionMail mail;

	@Autowired
	List<TodoSource> todos;

	private final List<SimpleMailMessage> sent = new ArrayList<>();

	@AfterEach
	void noSender() {
		this.mail.replaceSender(null);
		TestClock.INSTANCE.reset();
	}

	@Test
	void newFindingsAndTasksReachTheAgencyInAppAndByMailOnce() throws Exception {
		AgencyData data = AgencyFixtures.county("通知县" + System.nanoTime());
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		MockHttpSession session = Staff.signIn(this.mvc, clerk);

		// no mail sender configured in the tests: a run sends nothing and fails nothing
		InspectionReport quiet = CaseFixtures.as(clerk, Role.CLERK, agencyId,
				() -> this.inspections.run(data.creditCode()));
		assertThat(quiet.findings()).isNotEmpty();
		assertThat(newFindings(clerk, agencyId)).isEqualTo(quiet.findings().size());

		this.mail.replaceSender(new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				InspectionNoticeTests.this.sent.addAll(List.of(messages));
			}
		});
		// the same problems again: nothing new, no mail, nothing new on the start page
		this.mvc.perform(post("/admin/inspection/" + data.creditCode() + "/run").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.sent).isEmpty();
		assertThat(newFindings(clerk, agencyId)).isZero();

		// 400 days on, the guide and catalogue are outdated: new problems, one mail
		// listing
		// only those
		TestClock.INSTANCE.advance(Duration.ofDays(400));
		this.mvc.perform(post("/admin/inspection/" + data.creditCode() + "/run").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		InspectionReport later = CaseFixtures.as(clerk, Role.CLERK, agencyId,
				() -> this.inspections.latest(data.creditCode()));
		Set<String> before = quiet.findings().stream().map(InspectionFinding::key).collect(Collectors.toSet());
		List<InspectionFinding> fresh = later.findings().stream().filter((f) -> !before.contains(f.key())).toList();
		assertThat(fresh).extracting(InspectionFinding::rule).contains("GUIDE_OUTDATED");
		assertThat(this.sent).hasSize(1);
		SimpleMailMessage findings = this.sent.get(0);
		assertThat(findings.getTo()).containsExactly("office@example.gov.cn");
		assertThat(findings.getSubject()).contains(data.name()).contains("新发现" + fresh.size() + "个问题");
		assertThat(findings.getText()).contains("公开指南和目录一年内未更新")
			.doesNotContain("网站首页超过2周未更新")
			.contains("/admin/inspection/" + data.creditCode());
		assertThat(newFindings(clerk, agencyId)).isEqualTo(fresh.size());
		String home = this.mvc.perform(get("/admin").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("新发现：网站自查新发现的问题");

		// a task: one mail naming the owner and the deadline
		InspectionFinding first = later.findings().get(0);
		this.mvc
			.perform(post("/admin/inspection/" + data.creditCode() + "/tasks").session(session)
				.with(csrf())
				.param("key", first.key())
				.param("owner", "赵六")
				.param("workingDays", "5"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.sent).hasSize(2);
		SimpleMailMessage task = this.sent.get(1);
		assertThat(task.getSubject()).contains("整改任务").contains(first.title());
		assertThat(task.getText()).contains("赵六").contains("整改期限");
		// a refused task (the same finding again) mails nothing
		this.mvc
			.perform(post("/admin/inspection/" + data.creditCode() + "/tasks").session(session)
				.with(csrf())
				.param("key", first.key())
				.param("owner", "赵六")
				.param("workingDays", "5"))
			.andExpect(status().isBadRequest());
		assertThat(this.sent).hasSize(2);

		// re-run: the same problems, no further mail
		this.mvc.perform(post("/admin/inspection/" + data.creditCode() + "/run").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.sent).hasSize(2);
	}

	private long newFindings(String clerk, long agencyId) {
		return CaseFixtures.as(clerk, Role.CLERK, agencyId,
				() -> this.todos.stream()
					.flatMap((s) -> s.todos().stream())
					.filter((t) -> t.key().equals("inspection-new-findings"))
					.mapToLong(TodoCount::count)
					.sum());
	}

}
