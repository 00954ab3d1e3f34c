package org.gongkai.village;

import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.GongkaiTest;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A village takes no application under the Regulations (default
 * {@code gongkai.village.accepts-requests=false}): the form, its submission and the API
 * say so in Chinese, name the township to ask, and store nothing; the township takes
 * applications as before.
 */
@GongkaiTest
class VillageRequestTests {

	static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	VillageDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new VillageDesk(this.context);
	}

	@Test
	void theVillagesFormSaysVillageAffairsAreNotUnderTheRegulationsAndNamesTheTownship() throws Exception {
		String page = this.mvc.perform(get("/agencies/" + this.desk.villageCode + "/requests/new"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("不适用《中华人民共和国政府信息公开条例》", "村务监督委员会", "村务镇")
			.contains("/agencies/" + this.desk.townshipCode + "/requests/new")
			.doesNotContain("id=\"applicantName\"");
		this.mvc.perform(get("/agencies/" + this.desk.townshipCode + "/requests/new")).andExpect(status().isOk());
		// the village's public page offers no application and heads its columns 村务公开
		String agency = this.mvc.perform(get("/agencies/" + this.desk.villageCode))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(agency).contains("村务公开").doesNotContain("/agencies/" + this.desk.villageCode + "/requests/new");
	}

	@Test
	void anApplicationToAVillageByFormOrApiIsRefusedAndNothingIsStored() throws Exception {
		long before = cases();
		String page = this.mvc.perform(form(this.desk.villageCode).with(from(address())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("不受理政府信息公开申请");
		this.mvc
			.perform(post("/api/v1/agencies/" + this.desk.villageCode + "/requests")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json())
				.with(from(address())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.village.not-accepted"));
		assertThat(cases()).isEqualTo(before);
		// the township still takes them
		this.mvc
			.perform(post("/api/v1/agencies/" + this.desk.townshipCode + "/requests")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json())
				.with(from(address())))
			.andExpect(status().isCreated());
		assertThat(cases()).isEqualTo(before + 1);
	}

	long cases() {
		return this.jdbc.sql("select count(*) from req_case").query(Long.class).single();
	}

	static MockHttpServletRequestBuilder form(String creditCode) {
		return post("/agencies/" + creditCode + "/requests/new").with(csrf())
			.with(FormKeys.fresh())
			.param("applicantType", "NATURAL_PERSON")
			.param("applicantName", "张三")
			.param("idType", "居民身份证")
			.param("idNumber", "110101199003077777")
			.param("phone", "13800138000")
			.param("email", "zhangsan@example.com")
			.param("address", "人民路2号")
			.param("description", "本村2025年集体土地流转合同")
			.param("formats", "EMAIL")
			.param("delivery", "ONLINE");
	}

	static String json() {
		return """
				{"applicantType":"NATURAL_PERSON","applicantName":"张三","idType":"居民身份证",
				"idNumber":"110101199003077777","phone":"13800138000","email":"zhangsan@example.com",
				"address":"人民路2号","description":"本村2025年集体土地流转合同","formats":["EMAIL"],"delivery":"ONLINE"}""";
	}

	static String address() {
		int n = ADDRESSES.incrementAndGet();
		return "10.88." + (n / 250) + "." + (n % 250 + 1);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
