package org.gongkai.calendar.web;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A system administrator enters or imports a year's holiday notice in the back office
 * (docs/legal-rules.md, Working days and the holiday calendar). Years far ahead are used
 * so other tests' deadlines are not moved.
 */
@GongkaiTest
class CalendarAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	AuditLog audit;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
	}

	@Test
	void enteringANoticeByHandSettlesTheYearAndIsAudited() throws Exception {
		java.time.LocalDate newYear = java.time.LocalDate.of(2095, 1, 3);
		assertThat(this.calendar.isSettled(newYear)).isFalse();
		assertThat(this.calendar.isWorkingDay(newYear)).as("a Monday, before the notice").isTrue();
		this.mvc
			.perform(post("/admin/calendar/enter").session(this.admin)
				.with(csrf())
				.param("year", "2095")
				.param("paper", "https://www.gov.cn/example-2095")
				.param("days", "2095-01-01 元旦 休\n2095-01-03 元旦 休\n\n2095-01-08 元旦 班\n"))
			.andExpect(redirectedUrl("/admin/calendar"));
		assertThat(this.calendar.isSettled(java.time.LocalDate.of(2095, 6, 1))).isTrue();
		assertThat(this.calendar.isWorkingDay(newYear)).isFalse();
		assertThat(this.calendar.isWorkingDay(java.time.LocalDate.of(2095, 1, 8))).as("a Saturday made working")
			.isTrue();
		assertThat(this.audit.find(new AuditQuery(null, "calendar.notice-loaded", "HolidayNotice", "2095", null, null),
				0, 5))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.after()).contains("daysOff=2"));
		String page = this.mvc.perform(get("/admin/calendar/2095").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2095-01-08").contains("元旦");
	}

	@Test
	void aMalformedEntryIsExplainedAndChangesNothing() throws Exception {
		String[] bad = { "2094-01-01 元旦", "2094-02-30 春节 休", "2094-01-01 元旦 放", "<script>x</script> 元旦 休",
				"2094-01-01 元旦 休\n2094-01-01 元旦 班", "2090-01-01 元旦 休" };
		for (String days : bad) {
			String page = this.mvc
				.perform(post("/admin/calendar/enter").session(this.admin)
					.with(csrf())
					.param("year", "2094")
					.param("days", days))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(days).contains("role=\"alert\"").doesNotContain("<script>x</script>");
		}
		this.mvc
			.perform(post("/admin/calendar/enter").session(this.admin)
				.with(csrf())
				.param("year", "twenty")
				.param("days", "2094-01-01 元旦 休"))
			.andExpect(status().isOk());
		assertThat(this.calendar.year(2094).noticeLoaded()).isFalse();
	}

	@Test
	void importsTheBundledJsonFormat() throws Exception {
		byte[] json = """
				{"year":2093,"papers":[],"days":[{"name":"元旦","date":"2093-01-01","isOffDay":true}]}"""
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/admin/calendar/import")
				.file(new MockMultipartFile("file", "2093.json", "application/json", json))
				.session(this.admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar"));
		assertThat(this.calendar.year(2093).noticeLoaded()).isTrue();
	}

	@Test
	void refusesAnImportThatIsNotANotice() throws Exception {
		byte[][] files = { "not json".getBytes(), new byte[0], new byte[70 * 1024],
				"{\"year\":2092,\"days\":[{\"date\":\"x\"}]}".getBytes() };
		for (byte[] content : files) {
			this.mvc
				.perform(multipart("/admin/calendar/import")
					.file(new MockMultipartFile("file", "x.json", "application/json", content))
					.session(this.admin)
					.with(csrf()))
				.andExpect(status().isOk());
		}
		assertThat(this.calendar.year(2092).noticeLoaded()).isFalse();
	}

	@Test
	void otherAdministratorsCannotChangeTheCalendar() throws Exception {
		MockHttpSession security = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		this.mvc
			.perform(post("/admin/calendar/enter").session(security)
				.with(csrf())
				.param("year", "2091")
				.param("days", "2091-01-01 元旦 休"))
			.andExpect(status().isForbidden());
		assertThat(this.calendar.year(2091).noticeLoaded()).isFalse();
	}

}
