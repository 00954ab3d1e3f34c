package org.gongkai.calendar.web;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongkaiTest
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void answersADeadlineAroundNationalDay() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/deadline").param("from", "2025-09-26").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(content().json(
					"{\"from\":\"2025-09-26\",\"workingDays\":5,\"due\":\"2025-10-10\",\"provisional\":false}", true));
	}

	@Test
	void marksADeadlineInAYearWithoutNoticeProvisional() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-10").param("workingDays", "20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2027-01-07"))
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@ParameterizedTest(name = "from={0} workingDays={1}")
	@CsvSource(
			value = { "NONE, 5", "2026-01-01, NONE", "abc, 5", "2026-02-30, 5", "2026-13-01, 5", "2026-01-01, -1",
					"2026-01-01, 1001", "2026-01-01, 99999999999", "2026-01-01, 1.5", "0001-01-01, 5", "9999-12-31, 5",
					"'2026-01-01'' OR 1=1', 5", "<script>alert(1)</script>, 5", "2026-01-01, abc" },
			nullValues = "NONE")
	void refusesBadInputWithAChineseJsonError(String from, String workingDays) throws Exception {
		var request = get("/api/v1/calendar/deadline");
		if (from != null) {
			request.param("from", from);
		}
		if (workingDays != null) {
			request.param("workingDays", workingDays);
		}
		this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.error").isString())
			.andExpect(jsonPath("$.error", not(org.hamcrest.Matchers.containsString("Exception"))));
	}

	@Test
	void listsAYearsDaysOffAndMakeUpDays() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/2026"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noticeLoaded").value(true))
			.andExpect(jsonPath("$.daysOff[*].date", hasItem("2026-02-17")))
			.andExpect(jsonPath("$.workingWeekends[*].date", hasItem("2026-01-04")))
			.andExpect(jsonPath("$.workingWeekends[*].date", hasItem("2026-02-14")))
			.andExpect(jsonPath("$.workingWeekends[*].date", not(hasItem("2026-02-17"))));
	}

	@Test
	void listsDaysAnAdjacentNoticeMovedIntoTheYear() throws Exception {
		// 29 December 2018 was made a working day by the 2019 notice
		this.mvc.perform(get("/api/v1/calendar/2018"))
			.andExpect(jsonPath("$.workingWeekends[*].date", hasItem("2018-12-29")));
	}

	@Test
	void saysWhenAYearHasNoNotice() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/2150"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noticeLoaded").value(false))
			.andExpect(jsonPath("$.daysOff").isEmpty());
		this.mvc.perform(get("/api/v1/calendar/99999")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/calendar/abc")).andExpect(status().isBadRequest());
	}

	@Test
	void aSystemAdministratorImportsANoticeAndDeadlinesInThatYearSettle() throws Exception {
		String token = Staff.token(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		this.mvc.perform(get("/api/v1/calendar/deadline").param("from", "2099-06-01").param("workingDays", "5"))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.due").value("2099-06-08"));
		String notice = """
				{"year":2099,"papers":["https://www.gov.cn/example-2099"],
				 "days":[{"name":"端午节","date":"2099-06-02","isOffDay":true},
				         {"name":"端午节","date":"2099-06-06","isOffDay":false}]}""";
		this.mvc
			.perform(post("/api/v1/admin/calendar/notices").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(notice))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2099))
			.andExpect(jsonPath("$.daysOff").value(1));
		// 2 June off, Saturday 6 June worked: 3, 4, 5, 6, 8 June
		this.mvc.perform(get("/api/v1/calendar/deadline").param("from", "2099-06-01").param("workingDays", "5"))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.due").value("2099-06-08"));
		this.mvc.perform(get("/api/v1/calendar/deadline").param("from", "2099-06-01").param("workingDays", "4"))
			.andExpect(jsonPath("$.due").value("2099-06-06"));
	}

	@ParameterizedTest
	@CsvSource(value = { "'{bad json'", "'{\"year\":2098}'", "'{\"year\":2098,\"papers\":[],\"days\":[]}'",
			"'{\"year\":1800,\"papers\":[],\"days\":[{\"name\":\"x\",\"date\":\"1800-01-01\",\"isOffDay\":true}]}'",
			"'{\"year\":2098,\"papers\":[\"javascript:alert(1)\"],\"days\":[{\"name\":\"x\",\"date\":\"2098-01-01\",\"isOffDay\":true}]}'",
			"'{\"year\":2098,\"papers\":[],\"days\":[{\"name\":\"x\",\"date\":\"2090-01-01\",\"isOffDay\":true}]}'",
			"'{\"year\":2098,\"papers\":[],\"days\":[{\"name\":\"x\",\"date\":\"2098-01-01\",\"isOffDay\":true},{\"name\":\"x\",\"date\":\"2098-01-01\",\"isOffDay\":false}]}'",
			"'{\"year\":2098,\"papers\":[],\"days\":[{\"name\":\"x\",\"date\":\"2098-02-30\",\"isOffDay\":true}]}'",
			"'{\"year\":2098,\"papers\":[],\"days\":[{\"name\":\"\",\"date\":\"2098-01-01\",\"isOffDay\":\"yes\"}]}'" })
	void refusesAMalformedNoticeAndKeepsTheCalendar(String json) throws Exception {
		String token = Staff.token(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		this.mvc
			.perform(post("/api/v1/admin/calendar/notices").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").isString());
		this.mvc.perform(get("/api/v1/calendar/2098")).andExpect(jsonPath("$.noticeLoaded").value(false));
	}

	@Test
	void onlyTheSystemAdministratorImportsNotices() throws Exception {
		String json = "{\"year\":2097,\"papers\":[],\"days\":[{\"name\":\"x\",\"date\":\"2097-01-01\",\"isOffDay\":true}]}";
		this.mvc.perform(post("/api/v1/admin/calendar/notices").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isUnauthorized());
		String auditor = Staff.token(this.mvc, Staff.create(this.accounts, Role.AUDIT_ADMIN, null));
		this.mvc
			.perform(post("/api/v1/admin/calendar/notices").header("Authorization", "Bearer " + auditor)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/calendar/2097")).andExpect(jsonPath("$.noticeLoaded").value(false));
	}

}
