package org.gongkai.agency;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency form shows every problem at once, in the summary and at each field, and
 * keeps what was typed; nothing is stored.
 */
@GongkaiTest
class AgencyFormErrorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Test
	void everyInvalidFieldIsShownAtOnceAndTheTypedValuesKept() throws Exception {
		MockHttpSession admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String page = this.mvc
			.perform(post("/admin/agencies/new").session(admin)
				.with(csrf())
				.param("creditCode", "12345")
				.param("name", "县")
				.param("shortName", "")
				.param("level", "DEPARTMENT")
				.param("address", "人民路8号保留")
				.param("postcode", "12")
				.param("email", "not-an-email")
				.param("website", "ftp://example")
				.param("sortOrder", "abc"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请修改以下 8 处问题", "统一社会信用代码无效", "机关全称应为 2 至 200 个字", "简称应为 1 至 50 个字", "请选择上级机关",
				"邮政编码应为 6 位数字", "电子邮箱格式不正确", "网站地址应以 http:// 或 https:// 开头", "排序应为不超过 6 位的整数");
		assertThat(page)
			.contains("href=\"#creditCode\"", "href=\"#shortName\"", "href=\"#parentId\"", "href=\"#sortOrder\"")
			.contains("aria-describedby=\"email-error\"", "id=\"email-error\"")
			.contains("value=\"人民路8号保留\"", "value=\"not-an-email\"", "value=\"12345\"", "value=\"abc\"");
		assertThat(this.agencies.findByCreditCode("12345")).isEmpty();
	}

}
