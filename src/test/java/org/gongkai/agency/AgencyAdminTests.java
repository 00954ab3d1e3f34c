package org.gongkai.agency;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency hierarchy through the back office and the public API.
 */
@GongkaiTest
class AgencyAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
	}

	@Test
	void theSystemAdministratorRegistersAnAgencyThatThePublicListSeesAndTheLogRecords() throws Exception {
		String code = AgencyFixtures.randomCreditCode();
		this.mvc
			.perform(post("/admin/agencies/new").session(this.admin)
				.with(csrf())
				.param("creditCode", code.toLowerCase())
				.param("name", "测试县人民政府")
				.param("shortName", "测试县")
				.param("level", "COUNTY")
				.param("phone", "0771-5210001")
				.param("email", "gk@example.gov.cn"))
			.andExpect(status().is3xxRedirection());
		AgencyDetails saved = this.agencies.findByCreditCode(code).orElseThrow();
		assertThat(saved.summary().name()).isEqualTo("测试县人民政府");
		assertThat(saved.phone()).isEqualTo("0771-5210001");
		this.mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].creditCode", hasItem(code)));
		assertThat(this.audit.find(
				new AuditQuery(null, "agency.created", "Agency", String.valueOf(saved.summary().id()), null, null), 0,
				5))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.after()).contains(code));
	}

	@Test
	void theApiShowsEachAgencysParentCode() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("县" + System.nanoTime()));
		AgencyData township = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "镇" + System.nanoTime());
		this.agencies.create(township);
		String countyCode = this.agencies.details(county).summary().creditCode();
		this.mvc.perform(get("/api/v1/agencies"))
			.andExpect(jsonPath("$[?(@.creditCode == '" + township.creditCode() + "')].parentCreditCode")
				.value(countyCode))
			.andExpect(jsonPath("$[?(@.creditCode == '" + township.creditCode() + "')].level").value("TOWNSHIP"));
	}

	@Test
	void aWrongCheckCharacterIsShownOnTheFieldAndNothingIsStored() throws Exception {
		String code = AgencyFixtures.randomCreditCode();
		String wrong = code.substring(0, 17) + ((code.charAt(17) == '0') ? '1' : '0');
		String page = this.mvc
			.perform(post("/admin/agencies/new").session(this.admin)
				.with(csrf())
				.param("creditCode", wrong)
				.param("name", "测试县人民政府")
				.param("shortName", "测试县")
				.param("level", "COUNTY"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("统一社会信用代码无效");
		assertThat(this.agencies.findByCreditCode(wrong)).isEmpty();
	}

	@Test
	void hostileFormInputIsRefusedOrEscapedNeverAServerError() throws Exception {
		String code = AgencyFixtures.randomCreditCode();
		this.mvc
			.perform(post("/admin/agencies/new").session(this.admin)
				.with(csrf())
				.param("creditCode", code)
				.param("name", "<script>alert('x')</script>县")
				.param("shortName", "测试")
				.param("level", "COUNTY"))
			.andExpect(status().is3xxRedirection());
		String publicPage = this.mvc.perform(get("/agencies/" + code))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(publicPage).doesNotContain("<script>alert").contains("&lt;script&gt;");
		// unknown enum, non-numeric parent and sort order, oversized text: 400 with
		// errors, nothing stored
		String other = AgencyFixtures.randomCreditCode();
		this.mvc
			.perform(post("/admin/agencies/new").session(this.admin)
				.with(csrf())
				.param("creditCode", other)
				.param("name", "县")
				.param("level", "EMPIRE")
				.param("parentId", "abc")
				.param("sortOrder", "99999999999999"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/admin/agencies/new").session(this.admin)
				.with(csrf())
				.param("creditCode", other)
				.param("name", "长".repeat(5000))
				.param("shortName", "长")
				.param("level", "COUNTY"))
			.andExpect(status().isBadRequest());
		assertThat(this.agencies.findByCreditCode(other)).isEmpty();
	}

	@Test
	void theHierarchyIsEnforced() {
		long county = this.agencies.create(AgencyFixtures.county("县" + System.nanoTime()));
		long department = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "财政局"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.agencies.create(AgencyFixtures.under(county, AgencyLevel.VILLAGE, "柳湾村")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("agency.parent.wrong-level"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.agencies.create(AgencyFixtures.under(department, AgencyLevel.TOWNSHIP, "河西镇")));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.agencies.create(new AgencyData(AgencyFixtures.randomCreditCode(), "镇镇", "镇",
					AgencyLevel.TOWNSHIP, null, null, null, null, null, null, null, null, 0)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("agency.parent.required"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.agencies.create(new AgencyData(AgencyFixtures.randomCreditCode(), "县县", "县",
					AgencyLevel.COUNTY, county, null, null, null, null, null, null, null, 0)));
	}

	@Test
	void aCreditCodeIsRegisteredOnce() {
		AgencyData first = AgencyFixtures.county("县" + System.nanoTime());
		this.agencies.create(first);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.agencies.create(first))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("agency.credit-code.taken"));
	}

	@Test
	void anEditIsAuditedWithBeforeAndAfter() {
		long county = this.agencies.create(AgencyFixtures.county("旧名县" + System.nanoTime()));
		AgencyData data = this.agencies.details(county).data();
		this.agencies.update(county,
				new AgencyData(data.creditCode(), "新名县人民政府", data.shortName(), data.level(), null, data.address(),
						data.postcode(), data.officeHours(), "0771-5219999", data.fax(), data.email(), data.website(),
						0));
		assertThat(this.agencies.details(county).phone()).isEqualTo("0771-5219999");
		assertThat(this.audit.find(new AuditQuery(null, "agency.updated", "Agency", String.valueOf(county), null, null),
				0, 5))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.before()).contains("旧名县");
				assertThat(entry.after()).contains("新名县人民政府").contains("0771-5219999");
			});
	}

	@Test
	void unknownAgenciesAre404() throws Exception {
		this.mvc.perform(get("/admin/agencies/999999999").session(this.admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/agencies/abc").session(this.admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/NOPE").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

}
