package org.gongkai.activities;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Activities: a clerk records a training with a photo and a sign-in sheet, which is
 * listed, counted and audited; a form shows every problem at once and stores nothing;
 * hostile files are refused; only the agency's clerk or office records, only those who
 * may see the agency read; a county office's training counts for the townships it lists;
 * the work figures match the records.
 */
@GongkaiTest
class ActivitiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActivityCounts counts;

	@Autowired
	ActivityFigures figures;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	record County(long id, String code, MockHttpSession office, Town a, Town b) {

	}

	record Town(long id, String code, MockHttpSession clerk, MockHttpSession reviewer) {

	}

	County county(String name) throws Exception {
		AgencyData countyData = AgencyFixtures.county(name + "县" + System.nanoTime());
		long county = this.agencies.create(countyData);
		return new County(county, countyData.creditCode(),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county)), town(county, "甲镇"),
				town(county, "乙镇"));
	}

	Town town(long county, String name) throws Exception {
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Town(id, data.creditCode(), Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)));
	}

	static LocalDate today() {
		return TestClock.INSTANCE.today();
	}

	static Map<String, String> training(String title) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("kind", "TRAINING");
		params.put("title", title);
		params.put("heldOn", today().toString());
		params.put("endsOn", "");
		params.put("place", "镇政府三楼会议室");
		params.put("organiser", "党政综合办公室");
		params.put("description", "讲解公开属性认定和保密审查");
		params.put("materials", "");
		params.put("advised", "");
		params.put("attendees", "30");
		params.put("attendeeList", "各站所信息员\n各村文书");
		params.put("trainer", "县政务公开办");
		params.put("hours", "3.5");
		return params;
	}

	static MockMultipartHttpServletRequestBuilder form(String code, Map<String, String> params, MockHttpSession session,
			MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/activities/" + code);
		params.forEach(request::param);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.session(session).with(csrf());
		return request;
	}

	static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("photoFiles", name, "image/png", bytes);
	}

	long recorded(String location) {
		assertThat(location).startsWith("/admin/activities/item/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	int activities() {
		return this.jdbc.queryForObject("select count(*) from act_activity", Integer.class);
	}

	String page(String path, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aClerkRecordsATrainingWithAPhotoAndASheetWhichIsListedCountedAndAudited() throws Exception {
		County county = county("培训");
		Town town = county.a();
		String location = this.mvc
			.perform(form(town.code(), training("政务公开业务培训"), town.clerk(), photo("现场.png", ActivityFiles.photo("png")),
					photo("合影.jpg", ActivityFiles.photo("jpg")),
					new MockMultipartFile("sheetFile", "签到表.pdf", "application/pdf", ActivityFiles.pdf())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = recorded(location);
		String item = page(location, town.clerk());
		assertThat(item).contains("政务公开业务培训", "镇政府三楼会议室", "县政务公开办", "活动已登记", "现场.png", "签到表.pdf");
		byte[] photo = this.mvc.perform(get(location + "/photos/1").session(town.reviewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(photo).isEqualTo(ActivityFiles.photo("png"));
		assertThat(this.mvc.perform(get(location + "/photos/2").session(town.clerk()))
			.andReturn()
			.getResponse()
			.getContentType()).isEqualTo("image/jpeg");
		byte[] sheet = this.mvc.perform(get(location + "/sheet").session(town.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(sheet, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		this.mvc.perform(get(location + "/photos/3").session(town.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(get(location + "/photos/0").session(town.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(get(location + "/photos/x").session(town.clerk())).andExpect(status().isNotFound());

		String list = page("/admin/activities/" + town.code() + "?period=" + today().getYear(), town.clerk());
		assertThat(list).contains("政务公开业务培训", "id=\"total-TRAINING\"");
		ActivityTotals totals = this.counts.totals(town.id(), today().withDayOfYear(1), today());
		assertThat(totals.trainings()).isEqualTo(1);
		assertThat(totals.attendees()).isEqualTo(30);
		assertThat(totals.activities()).isEqualTo(1);
		assertThat(this.counts.totals(town.id(), today().plusDays(1), today().plusDays(30)).trainings()).isZero();
		assertThat(this.audit.find(new AuditQuery(null, null, "Activity", String.valueOf(id), null, null), 0, 10)
			.getContent()
			.stream()
			.map((e) -> e.action())
			.toList()).containsExactly("activities.recorded");
	}

	@Test
	void aFormShowsEveryProblemAtOnceAndStoresNothing() throws Exception {
		County county = county("问题");
		Map<String, String> bad = training("<script>alert(1)</script>" + "长".repeat(200));
		bad.put("heldOn", today().plusDays(1).toString());
		bad.put("endsOn", "明天");
		bad.put("place", "");
		bad.put("materials", "-5");
		bad.put("advised", "100001");
		bad.put("attendees", "");
		bad.put("hours", "3.25");
		bad.put("trainer", "师".repeat(101));
		int before = activities();
		String html = this.mvc.perform(form(county.a().code(), bad, county.a().clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("活动名称不能超过", "举办日期不能晚于今天", "请按“年-月-日”填写结束日期", "请填写活动地点", "发放资料份数须为", "接受咨询人次须为",
				"请填写参训人数", "培训时长须为", "授课人不能超过");
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		assertThat(activities()).isEqualTo(before);

		Map<String, String> wrongKind = training("类型");
		wrongKind.put("kind", "PARTY");
		this.mvc.perform(form(county.a().code(), wrongKind, county.a().clerk())).andExpect(status().isBadRequest());
		Map<String, String> noDay = training("日期");
		noDay.put("heldOn", "2026-02-30");
		this.mvc.perform(form(county.a().code(), noDay, county.a().clerk())).andExpect(status().isBadRequest());
		assertThat(activities()).isEqualTo(before);
	}

	@Test
	void hostileFilesAreRefusedAndNothingIsStored() throws Exception {
		County county = county("文件");
		Town town = county.a();
		int before = activities();
		String html = this.mvc
			.perform(form(town.code(), training("伪装的照片"), town.clerk(),
					photo("photo.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("照片“photo.png”未保存", "文件类型不符合要求");
		MockMultipartFile[] ten = new MockMultipartFile[10];
		for (int i = 0; i < ten.length; i++) {
			ten[i] = photo("p" + i + ".png", ActivityFiles.photo("png"));
		}
		assertThat(this.mvc.perform(form(town.code(), training("照片太多"), town.clerk(), ten))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("照片最多上传 9 张");
		assertThat(
				this.mvc
					.perform(form(town.code(), training("签到表是图片"), town.clerk(),
							new MockMultipartFile("sheetFile", "sheet.pdf", "application/pdf",
									ActivityFiles.photo("png"))))
					.andExpect(status().isBadRequest())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
			.contains("签到表“sheet.pdf”未保存");
		assertThat(this.mvc.perform(form(town.code(), training("空照片"), town.clerk(), photo("empty.png", new byte[0])))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("文件为空");
		byte[] big = new byte[5 * 1024 * 1024 + 10];
		System.arraycopy(ActivityFiles.photo("png"), 0, big, 0, ActivityFiles.photo("png").length);
		assertThat(this.mvc.perform(form(town.code(), training("大照片"), town.clerk(), photo("big.png", big)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("文件过大");
		assertThat(activities()).isEqualTo(before);
	}

	@Test
	void onlyTheAgencysClerkOrOfficeRecordsAndOnlyThoseWhoSeeItRead() throws Exception {
		County county = county("权限");
		Town a = county.a();
		Town b = county.b();
		int before = activities();
		this.mvc.perform(form(a.code(), training("别人的"), b.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(form(a.code(), training("审核员"), a.reviewer())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/activities/" + a.code() + "/new").session(a.reviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(form("91450000000000000X", training("没有"), a.clerk())).andExpect(status().isNotFound());
		assertThat(activities()).isEqualTo(before);
		long id = recorded(this.mvc.perform(form(a.code(), training("甲镇的培训"), a.clerk()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		this.mvc.perform(get("/admin/activities/" + a.code()).session(b.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/activities/item/" + id).session(b.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/activities/item/abc").session(a.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/activities/item/99999999").session(a.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/activities/item/" + id + "/sheet").session(a.clerk()))
			.andExpect(status().isNotFound());
		assertThat(page("/admin/activities/" + a.code(), county.office())).contains("甲镇的培训");
		assertThat(page("/admin/activities/item/" + id, county.office())).contains("甲镇的培训");
		// hostile list parameters are no filter, never a failure
		assertThat(page("/admin/activities/" + a.code() + "?period=2026Q9&kind=<b>&from=x&to=2026-13-01", a.clerk()))
			.contains("甲镇的培训");
		this.mvc.perform(get("/admin/activities/" + a.code())).andExpect(status().is3xxRedirection());
	}

	@Test
	void anActivityRecordedByMistakeIsRemovedWithAReasonByItsRecorderOnlyAndAudited() throws Exception {
		County county = county("删除");
		Town a = county.a();
		Town b = county.b();
		long id = recorded(this.mvc.perform(form(a.code(), training("录错的培训"), a.clerk()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		String remove = "/admin/activities/item/" + id + "/remove";
		assertThat(page("/admin/activities/item/" + id, a.clerk())).contains("删除原因");
		// the county office reads a township's records but records (and removes) only its
		// own
		assertThat(page("/admin/activities/item/" + id, county.office())).doesNotContain("删除原因");
		// another township's clerk, a reviewer, no CSRF token, no reason or an overlong
		// one:
		// refused, nothing removed
		this.mvc.perform(post(remove).param("reason", "别人删").session(b.clerk()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(remove).param("reason", "审核员删").session(a.reviewer()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(remove).param("reason", "没有令牌").session(a.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(post(remove).param("reason", "  ").session(a.clerk()).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post(remove).param("reason", "长".repeat(501)).session(a.clerk()).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/admin/activities/item/abc/remove").param("reason", "x").session(a.clerk()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(page("/admin/activities/item/" + id, a.clerk())).contains("录错的培训");

		this.mvc.perform(post(remove).param("reason", "日期录错，重新登记").session(a.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/activities/" + a.code()));
		this.mvc.perform(get("/admin/activities/item/" + id).session(a.clerk())).andExpect(status().isNotFound());
		assertThat(this.counts.totals(a.id(), today().withDayOfYear(1), today()).trainings()).isZero();
		assertThat(this.audit
			.find(new AuditQuery(null, "activities.removed", "Activity", String.valueOf(id), null, null), 0, 5)
			.getContent()).singleElement().satisfies((e) -> {
				assertThat(e.before()).contains("录错的培训");
				assertThat(e.after()).contains("日期录错，重新登记");
			});
	}

	@Test
	void aCountyTrainingCountsForTheTownshipsItListsAndOnlyForAgenciesBelow() throws Exception {
		County county = county("县培训");
		County other = county("别县");
		Map<String, String> params = training("全县政务公开培训");
		params.put("attendees", "80");
		String location = this.mvc
			.perform(form(county.code(), params, county.office()).param("attending", county.a().code()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = recorded(location);
		LocalDate first = today().withDayOfYear(1);
		ActivityTotals a = this.counts.totals(county.a().id(), first, today());
		assertThat(a.trainingsAttended()).isEqualTo(1);
		assertThat(a.trainings()).isZero();
		assertThat(a.allTrainings()).isEqualTo(1);
		assertThat(this.counts.totals(county.b().id(), first, today()).trainingsAttended()).isZero();
		assertThat(this.counts.totals(county.id(), first, today()).attendees()).isEqualTo(80);
		assertThat(page("/admin/activities/" + county.a().code(), county.a().clerk())).contains("全县政务公开培训",
				"/admin/activities/item/" + id);
		assertThat(page("/admin/activities/item/" + id, county.a().clerk())).contains("参加单位");
		this.mvc.perform(get("/admin/activities/item/" + id).session(other.a().clerk()))
			.andExpect(status().isForbidden());

		int before = activities();
		this.mvc.perform(form(county.code(), training("外县"), county.office()).param("attending", other.a().code()))
			.andExpect(status().isBadRequest());
		Map<String, String> publicity = training("宣传");
		publicity.put("kind", "PUBLICITY");
		assertThat(
				this.mvc.perform(form(county.code(), publicity, county.office()).param("attending", county.a().code()))
					.andExpect(status().isBadRequest())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
			.contains("只有培训可以勾选参加单位");
		this.mvc.perform(form(county.a().code(), training("自己"), county.a().clerk()).param("attending", county.code()))
			.andExpect(status().isBadRequest());
		assertThat(activities()).isEqualTo(before);
	}

	@Test
	void theWorkFiguresMatchTheRecords() throws Exception {
		County county = county("数字");
		Town town = county.a();
		Map<String, String> publicity = training("条例宣传");
		publicity.put("kind", "PUBLICITY");
		publicity.put("attendees", "");
		publicity.put("materials", "200");
		publicity.put("advised", "45");
		this.mvc.perform(form(town.code(), publicity, town.clerk())).andExpect(status().is3xxRedirection());
		this.mvc.perform(form(town.code(), training("培训"), town.clerk())).andExpect(status().is3xxRedirection());
		Map<String, String> openDay = training("公开日");
		openDay.put("kind", "OPEN_DAY");
		openDay.put("attendees", "");
		openDay.put("advised", "12");
		this.mvc.perform(form(town.code(), openDay, town.clerk())).andExpect(status().is3xxRedirection());
		LocalDate first = today().withDayOfYear(1);
		Map<String, Long> values = new LinkedHashMap<>();
		List<WorkFigure> list = this.figures.figuresOf(town.id(), first, today());
		list.forEach((f) -> values.put(f.key(), f.value()));
		assertThat(values).containsEntry("activities.publicity", 1L)
			.containsEntry("activities.materials", 200L)
			.containsEntry("activities.advised", 57L)
			.containsEntry("activities.trainings", 1L)
			.containsEntry("activities.training-attendees", 30L)
			.containsEntry("activities.open-days", 1L)
			.containsEntry("activities.outreach", 0L)
			.containsEntry("activities.group-members", 0L);
		WorkFigure trainings = list.stream().filter((f) -> f.key().equals("activities.trainings")).findFirst().get();
		assertThat(trainings.section()).isEqualTo(WorkFigure.Section.ACTIVITIES);
		assertThat(trainings.unit()).isEqualTo(WorkFigure.Unit.TIMES);
		assertThat(page(trainings.href(), town.clerk())).contains("id=\"activities\"").doesNotContain("条例宣传");
		assertThat(this.figures.figuresOf(town.id(), today().plusDays(1), today().plusDays(2))
			.stream()
			.filter((f) -> f.section() == WorkFigure.Section.ACTIVITIES)
			.mapToLong(WorkFigure::value)).containsOnly(0L);
	}

}
