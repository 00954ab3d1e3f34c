package org.gongkai.portal;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongkaiTest
class PortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Test
	void theHomePageListsAgenciesInChineseWithoutLogin() throws Exception {
		String name = "公开测试县" + System.nanoTime();
		this.agencies.create(AgencyFixtures.county(name));
		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("lang=\"zh-CN\"").contains("政府信息公开").contains(name).contains("id=\"main\"");
	}

	@Test
	void anAgencyPageShowsTheDisclosureOfficesContacts() throws Exception {
		var data = AgencyFixtures.county("联系县" + System.nanoTime());
		this.agencies.create(data);
		String html = this.mvc.perform(get("/agencies/" + data.creditCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("0771-5210001").contains("office@example.gov.cn").contains("办公时间");
	}

	@Test
	void errorPagesAreChineseAndShowNoStackTrace() throws Exception {
		String html = this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// MockMvc does not forward to /error; the agency page's 404 goes through our
		// advice
		String agency = this.mvc.perform(get("/agencies/XXXXXXXXXXXXXXXXXX").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(agency).contains("页面不存在").doesNotContain("Exception").doesNotContain("at org.");
		assertThat(html).doesNotContain("Exception");
	}

}
