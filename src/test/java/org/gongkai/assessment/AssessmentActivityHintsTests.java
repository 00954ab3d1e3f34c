package org.gongkai.assessment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Beside the sample scheme's manual item on the leading group, the staff and training
 * (领导重视、机构人员落实、业务培训开展情况) the agency's self-assessment shows its organisation of the year
 * and its trainings of the period as the activities module records them.
 */
@GongkaiTest
class AssessmentActivityHintsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void inTheSecondQuarter() {
		TestClock.INSTANCE.setToday(LocalDate.of(2026, 6, 15));
	}

	@AfterEach
	void resetTheClock() {
		TestClock.INSTANCE.reset();
	}

	@Test
	void theSelfAssessmentShowsTheOrganisationAndTheTrainingsOfThePeriod() throws Exception {
		AgencyData countyData = AgencyFixtures.county("提示县" + System.nanoTime());
		long county = this.agencies.create(countyData);
		AgencyData bureauData = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "提示局" + System.nanoTime());
		long bureau = this.agencies.create(bureauData);
		MockHttpSession office = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county));
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, bureau));
		this.mvc
			.perform(post("/admin/assessment/schemes").session(office)
				.with(csrf())
				.param("owner", String.valueOf(county))
				.param("kind", "QUARTER")
				.param("year", "2026")
				.param("sample", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/assessment/periods").session(office)
				.with(csrf())
				.param("owner", String.valueOf(county))
				.param("period", "2026Q2"))
			.andExpect(status().is3xxRedirection());
		String path = "/admin/assessment/" + bureauData.creditCode() + "/2026Q2";
		assertThat(page(path, clerk)).contains("2026年尚未登记组织保障情况", "本期间举办培训0次");

		this.mvc
			.perform(multipart("/admin/organisation/" + bureauData.creditCode()).param("year", "2026")
				.param("officeName", "办公室")
				.param("leaderName", "李明")
				.param("leaderPost", "副局长")
				.param("groupLeader", "王建华 局长")
				.param("members", "周小平 办公室主任")
				.param("fullTime", "1")
				.param("partTime", "2")
				.session(clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		for (String day : new String[] { "2026-03-31", "2026-04-01", "2026-06-15" }) {
			this.mvc
				.perform(multipart("/admin/activities/" + bureauData.creditCode()).param("kind", "TRAINING")
					.param("title", "业务培训" + day)
					.param("heldOn", day)
					.param("place", "会议室")
					.param("attendees", "10")
					.session(clerk)
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		String html = page(path, clerk);
		assertThat(html).contains("工作机构为办公室，分管领导李明，领导小组2人，专职1人、兼职2人", "本期间举办培训2次、参训20人");
		assertThat(page(path, office)).contains("本期间举办培训2次");
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
