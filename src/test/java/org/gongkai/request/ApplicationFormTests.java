package org.gongkai.request;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public application form: nothing is chosen for the applicant that could make the
 * form fail (网上获取 without an e-mail address), every problem is shown at once in a summary
 * at the top linking to its field, required fields are marked, and phone and identity
 * number fields carry the input modes phones need.
 */
@GongkaiTest
class ApplicationFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AccountManagement accounts;

	@Test
	void theEmptyFormChoosesNothingAndMarksWhatIsRequired() throws Exception {
		AgencyData data = agency();
		String page = this.mvc.perform(get("/agencies/" + data.creditCode() + "/requests/new"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("checked").doesNotContain("error-summary");
		assertThat(page).contains("（必填）");
		assertThat(input(page, "phone")).contains("type=\"tel\"", "inputmode=\"tel\"", "autocomplete=\"tel\"");
		assertThat(input(page, "email")).contains("type=\"email\"", "inputmode=\"email\"", "autocomplete=\"email\"");
		assertThat(input(page, "idNumber")).contains("autocomplete=\"off\"", "inputmode=\"text\"",
				"spellcheck=\"false\"");
		assertThat(input(page, "applicantName")).contains("autocomplete=\"name\"");
	}

	@Test
	void everyProblemIsListedAtOnceAndLinksToItsField() throws Exception {
		AgencyData data = agency();
		long agency = this.agencies.findByCreditCode(data.creditCode()).orElseThrow().summary().id();
		long before = this.cases.countByAgencyId(agency);
		String page = this.mvc
			.perform(form(data).param("applicantType", "NATURAL_PERSON")
				.param("applicantName", "")
				.param("idType", "")
				.param("idNumber", "")
				.param("phone", "")
				.param("email", "")
				.param("description", ""))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String summary = summary(page);
		assertThat(summary).contains("请修改以下 7 处问题")
			.contains("href=\"#applicantName\"", "href=\"#idType\"", "href=\"#idNumber\"", "href=\"#phone\"",
					"href=\"#description\"", "href=\"#formats\"", "href=\"#delivery\"")
			.contains("请至少填写联系电话或电子邮箱中的一项。", "请选择至少一种信息的提供形式。", "请选择获取信息的方式。");
		assertThat(page).contains("id=\"formats\"", "id=\"delivery\"");
		assertThat(this.cases.countByAgencyId(agency)).isEqualTo(before);
	}

	@Test
	void onlineDeliveryWithoutAnEmailIsRefusedWithAClearMessageBesideTheEmail() throws Exception {
		AgencyData data = agency();
		String page = this.mvc
			.perform(valid(data).param("formats", "EMAIL")
				.param("delivery", "ONLINE")
				.param("address", "<script>alert(1)</script>"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary(page)).contains("请修改以下 1 处问题", "href=\"#email\"", "选择网上获取的，请填写电子邮箱。");
		assertThat(page).doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void hostileChoicesAreRefusedOnceEachNeverAFailure() throws Exception {
		AgencyData data = agency();
		String page = this.mvc
			.perform(valid(data).param("formats", "<script>", "FLOPPY")
				.param("delivery", "PIGEON")
				.param("applicantType", "ROBOT"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary(page)).contains("请修改以下 3 处问题");
	}

	@Test
	void aPhoneOnlyApplicantWhoChoosesPaperAndPickUpGetsThrough() throws Exception {
		AgencyData data = agency();
		this.mvc.perform(valid(data).param("formats", "PAPER").param("delivery", "PICK_UP"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theStaffIntakeFormListsEveryProblemToo() throws Exception {
		AgencyData data = agency();
		long agency = this.agencies.findByCreditCode(data.creditCode()).orElseThrow().summary().id();
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		long before = this.cases.countByAgencyId(agency);
		String page = this.mvc
			.perform(post("/admin/requests/new").session(clerk)
				.with(csrf())
				.param("agencyId", String.valueOf(agency))
				.param("channel", "WALK_IN")
				.param("receivedOn", "")
				.param("applicantType", "NATURAL_PERSON")
				.param("applicantName", "赵六")
				.param("formats", "PAPER")
				.param("delivery", "POST"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary(page)).contains("href=\"#idType\"", "href=\"#idNumber\"", "href=\"#phone\"",
				"href=\"#description\"", "href=\"#address\"");
		assertThat(this.cases.countByAgencyId(agency)).isEqualTo(before);
	}

	private AgencyData agency() {
		AgencyData data = AgencyFixtures.county("表单县" + System.nanoTime());
		this.agencies.create(data);
		return data;
	}

	private static MockHttpServletRequestBuilder form(AgencyData data) {
		return post("/agencies/" + data.creditCode() + "/requests/new").with(csrf()).with(FormKeys.fresh());
	}

	/** Valid except for the format and delivery, which the applicant must choose. */
	private static MockHttpServletRequestBuilder valid(AgencyData data) {
		return form(data).param("applicantType", "NATURAL_PERSON")
			.param("applicantName", "赵六")
			.param("idType", "居民身份证")
			.param("idNumber", "11010519491231002X")
			.param("phone", "13800138000")
			.param("description", "本镇2026年道路维修计划");
	}

	private static String summary(String page) {
		int start = page.indexOf("id=\"error-summary\"");
		assertThat(start).as("error summary").isPositive();
		return page.substring(start, page.indexOf("</div>", start));
	}

	private static String input(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(page.lastIndexOf('<', start), page.indexOf('>', start));
	}

}
