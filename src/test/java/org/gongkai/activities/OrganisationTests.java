package org.gongkai.activities;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.WorkFigure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation per agency and year: the clerk saves the work body, leader, leading
 * group and staff with the establishing document; the public guide names the work body,
 * the leader and the group but never the staff; last year's is copied in one step;
 * hostile input is refused with every problem at once; the figures count the group and
 * the staff.
 */
@GongkaiTest
class OrganisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganisationRecords records;

	@Autowired
	ActivityFigures figures;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	record Town(long id, String code, MockHttpSession clerk, MockHttpSession reviewer, MockHttpSession other) {

	}

	Town town(String name) throws Exception {
		long county = this.agencies.create(AgencyFixtures.county(name + "县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + "镇" + System.nanoTime());
		long id = this.agencies.create(data);
		long other = this.agencies
			.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + "邻镇" + System.nanoTime()));
		return new Town(id, data.creditCode(), Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other)));
	}

	static int year() {
		return TestClock.INSTANCE.today().getYear();
	}

	static Map<String, String> organisation(String office) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("officeName", office);
		params.put("officePhone", "0771-5280110");
		params.put("leaderName", "李明");
		params.put("leaderPost", "副镇长");
		params.put("groupLeader", "王建华 镇长");
		params.put("deputies", "李明 副镇长");
		params.put("members", "周小平 办公室主任\n陈丽，司法所所长");
		params.put("fullTime", "2");
		params.put("partTime", "3");
		params.put("fullTimeNames", "赵晓燕\n孙伟");
		params.put("partTimeNames", "吴静\n郑强\n何敏");
		params.put("documentNo", "河政办发〔2026〕3号");
		return params;
	}

	static MockMultipartHttpServletRequestBuilder save(String code, int year, Map<String, String> params,
			MockHttpSession session, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/organisation/" + code);
		request.param("year", String.valueOf(year));
		params.forEach(request::param);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.session(session).with(csrf());
		return request;
	}

	String html(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theClerkSavesTheOrganisationAndTheGuideNamesTheWorkBodyButNoStaff() throws Exception {
		Town town = town("组织");
		String guidePath = "/agencies/" + town.code() + "/guide";
		assertThat(html(get(guidePath), 200)).doesNotContain("guide-work-body");
		this.mvc
			.perform(save(town.code(), year(), organisation("党政综合办公室（政务公开办）"), town.clerk(),
					new MockMultipartFile("documentFile", "成立文件.pdf", "application/pdf", ActivityFiles.pdf())))
			.andExpect(status().is3xxRedirection());
		OrganisationView saved = this.records.of(town.id(), year()).orElseThrow();
		assertThat(saved.group()).hasSize(4);
		assertThat(saved.inRole(GroupRole.MEMBER)).extracting(GroupMember::name).containsExactly("周小平", "陈丽");
		assertThat(saved.documentName()).isEqualTo("成立文件.pdf");
		String page = html(get("/admin/organisation/" + town.code() + "?year=" + year()).session(town.reviewer()), 200);
		assertThat(page).contains("党政综合办公室（政务公开办）", "王建华 镇长", "陈丽 司法所所长", "成立文件.pdf");
		assertThat(this.mvc
			.perform(get("/admin/organisation/" + town.code() + "/document?year=" + year()).session(town.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentType()).isEqualTo("application/pdf");

		// the cached guide is forgotten by the change
		String guide = html(get(guidePath), 200);
		assertThat(guide).contains("id=\"guide-work-body\"", "党政综合办公室（政务公开办）", "李明 副镇长", "王建华 镇长", "周小平 办公室主任",
				"专职 2 人，兼职 3 人");
		assertThat(guide).doesNotContain("赵晓燕", "孙伟", "吴静", "何敏", "成立文件.pdf");
		assertThat(this.audit
			.find(new AuditQuery(null, "activities.organisation-saved", "Organisation", String.valueOf(saved.id()),
					null, null), 0, 10)
			.getContent()).hasSize(1);

		Map<String, Long> values = new LinkedHashMap<>();
		LocalDate today = TestClock.INSTANCE.today();
		for (WorkFigure f : this.figures.figuresOf(town.id(), today.withDayOfYear(1), today)) {
			values.put(f.key(), f.value());
		}
		assertThat(values).containsEntry("activities.group-members", 4L)
			.containsEntry("activities.full-time", 2L)
			.containsEntry("activities.part-time", 3L);
	}

	@Test
	void lastYearsOrganisationIsCopiedOnceInOneStep() throws Exception {
		Town town = town("沿用");
		int last = year() - 1;
		this.mvc
			.perform(post("/admin/organisation/" + town.code() + "/copy?year=" + year()).session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.records.of(town.id(), year())).isEmpty();
		this.mvc.perform(save(town.code(), last, organisation("上年的办公室"), town.clerk()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/organisation/" + town.code() + "/copy?year=" + year()).session(town.other())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/organisation/" + town.code() + "/copy?year=" + year()).session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		OrganisationView copy = this.records.of(town.id(), year()).orElseThrow();
		assertThat(copy.officeName()).isEqualTo("上年的办公室");
		assertThat(copy.group()).hasSize(4);
		assertThat(copy.fullTimeNames()).isEqualTo("赵晓燕\n孙伟");
		assertThat(this.records.standing(town.id(), year() + 1).orElseThrow().year()).isEqualTo(year());
		assertThat(this.audit
			.find(new AuditQuery(null, "activities.organisation-copied", "Organisation", String.valueOf(copy.id()),
					null, null), 0, 10)
			.getContent()).hasSize(1);
		String again = this.mvc
			.perform(post("/admin/organisation/" + town.code() + "/copy?year=" + year()).session(town.clerk())
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("refused")
			.toString();
		assertThat(again).contains("已有组织保障情况");
	}

	@Test
	void hostileInputIsRefusedWithEveryProblemAndNothingStored() throws Exception {
		Town town = town("恶意");
		Map<String, String> bad = organisation("");
		bad.put("leaderName", "<script>alert(1)</script>" + "名".repeat(60));
		bad.put("leaderPost", "");
		bad.put("groupLeader", "王建华 镇长\n李明 副镇长");
		bad.put("members", "张三 成员\n".repeat(61));
		bad.put("fullTime", "-1");
		bad.put("partTime", "两");
		bad.put("documentNo", "号".repeat(201));
		String html = html(save(town.code(), year(), bad, town.clerk()), 400);
		assertThat(html).contains("请填写工作机构名称", "分管领导姓名不能超过", "请填写分管领导职务", "组长只填一人", "成员有误", "专职工作人员须为", "兼职工作人员须为",
				"文号不能超过");
		assertThat(html).doesNotContain("<script>alert(1)</script>");
		assertThat(this.records.of(town.id(), year())).isEmpty();

		String file = html(
				save(town.code(), year(), organisation("办公室"), town.clerk(), new MockMultipartFile("documentFile",
						"文件.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))),
				400);
		assertThat(file).contains("成立文件“文件.pdf”未保存");
		assertThat(this.records.of(town.id(), year())).isEmpty();

		this.mvc.perform(save(town.code(), year(), organisation("办公室"), town.reviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(save(town.code(), year(), organisation("办公室"), town.other()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/organisation/" + town.code()).session(town.other()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/organisation/" + town.code() + "?year=abc").session(town.clerk()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(save(town.code(), year() + 2, organisation("办公室"), town.clerk()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/organisation/" + town.code() + "/document?year=" + year()).session(town.clerk()))
			.andExpect(status().isNotFound());
		assertThat(this.records.of(town.id(), year())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from act_organisation where agency_id = ?", Integer.class,
				town.id()))
			.isZero();
	}

}
