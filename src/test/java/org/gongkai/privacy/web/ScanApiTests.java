package org.gongkai.privacy.web;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongkaiTest
class ScanApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgencyManagement agencies;

	private String token;

	@BeforeEach
	void signInAClerk() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("隐私测试县" + System.nanoTime()));
		this.token = Staff.token(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
	}

	@Test
	void answersTheFindingsWithTheirPlacesAndMaskedText() throws Exception {
		this.mvc.perform(scan().content("""
				{"text":"张某，身份证号11010519491231002X，电话138 1234 5678，邮箱zhang@example.com。秘密★5年"}"""))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"findings":[
					 {"type":"ID_CARD","start":7,"end":25,"masked":"11*************02X"},
					 {"type":"MOBILE","start":28,"end":41,"masked":"138****5678"},
					 {"type":"EMAIL","start":44,"end":61,"masked":"z***@example.com"},
					 {"type":"SECRECY_MARK","start":62,"end":67,"masked":"[密级标志]"}]}""", true));
	}

	@Test
	void answersFullWidthAndSeparatedNumbersAddressesAndBareMarkingsAtTheirPlacesInTheOriginal() throws Exception {
		this.mvc.perform(scan().content("""
				{"text":"内部\\n电话１３９１２３４５６７８，身份证110101-19900307-651X，住人民路25号。"}"""))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"findings":[
					 {"type":"SECRECY_MARK","start":0,"end":2,"masked":"[密级标志]"},
					 {"type":"MOBILE","start":5,"end":16,"masked":"１３９＊＊＊＊５６７８"},
					 {"type":"ID_CARD","start":20,"end":40,"masked":"11*************51X"},
					 {"type":"ADDRESS","start":45,"end":48,"masked":"**号"}]}""", true));
	}

	@Test
	void leavesAnAgencysOfficeAddressAlone() throws Exception {
		this.mvc.perform(scan().content("{\"text\":\"来访请到青山县人民路1号。\"}"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"findings\":[]}", true));
	}

	@Test
	void answersAnEmptyListForATextWithoutPersonalData() throws Exception {
		this.mvc.perform(scan().content("{\"text\":\"青政发〔2024〕12号，联系电话0771-5210001。\"}"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"findings\":[]}", true));
	}

	@Test
	void needsASignedInStaffMember() throws Exception {
		this.mvc
			.perform(post("/api/v1/admin/scan").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"13812345678\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/admin/scan").header("Authorization", "Bearer not-a-token")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"13812345678\"}"))
			.andExpect(status().isUnauthorized());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"text\":null}", "{\"other\":\"13812345678\"}" })
	void refusesAMissingTextWithAChineseJsonError(String json) throws Exception {
		this.mvc.perform(scan().content(json))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.code").value("privacy.scan.text-missing"))
			.andExpect(jsonPath("$.error").value("请提供要检查的文本"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"text\":", "not json", "[\"text\"]", "" })
	void refusesMalformedJsonWithAChineseJsonError(String body) throws Exception {
		this.mvc.perform(scan().content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.error").isString())
			.andExpect(jsonPath("$.error", not(containsString("Exception"))));
	}

	@Test
	void refusesATextLongerThanTwoMillionChars() throws Exception {
		String text = "文".repeat(ScanApiController.MAX_TEXT_LENGTH + 1);
		this.mvc.perform(scan().content("{\"text\":\"" + text + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("privacy.scan.text-too-long"))
			.andExpect(jsonPath("$.error").value("文本过长（最多 2000000 个字符）"));
	}

	@Test
	void scansATextOfExactlyTwoMillionChars() throws Exception {
		String text = "文".repeat(ScanApiController.MAX_TEXT_LENGTH - 11) + "13812345678";
		this.mvc.perform(scan().content("{\"text\":\"" + text + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[0].start").value(ScanApiController.MAX_TEXT_LENGTH - 11))
			.andExpect(jsonPath("$.findings[0].end").value(ScanApiController.MAX_TEXT_LENGTH));
	}

	@Test
	void acceptsOnlyJson() throws Exception {
		this.mvc
			.perform(post("/api/v1/admin/scan").header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.TEXT_PLAIN)
				.content("13812345678"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(415))
			.andExpect(jsonPath("$.code").value("error.media-type"));
	}

	private MockHttpServletRequestBuilder scan() {
		return post("/api/v1/admin/scan").header("Authorization", "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON);
	}

}
