package org.gongkai.decisions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh township under a fresh county with a clerk and a reviewer signed in, and the
 * steps of the decision pages as the browser posts them.
 */
record DecisionTown(long id, String code, long county, MockHttpSession clerk, MockHttpSession reviewer, MockMvc mvc) {

	static DecisionTown create(MockMvc mvc, AgencyManagement agencies, AccountManagement accounts, String name)
			throws Exception {
		long county = agencies.create(AgencyFixtures.county("决策县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + System.nanoTime());
		long id = agencies.create(data);
		return new DecisionTown(id, data.creditCode(), county,
				Staff.signIn(mvc, Staff.create(accounts, Role.CLERK, id)),
				Staff.signIn(mvc, Staff.create(accounts, Role.REVIEWER, id)), mvc);
	}

	static LocalDate today() {
		return TestClock.INSTANCE.today();
	}

	static int year() {
		return today().getYear();
	}

	long catalogue() throws Exception {
		String location = this.mvc
			.perform(post("/admin/decisions/" + this.code + "/catalogues").param("year", String.valueOf(year()))
				.session(this.clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).endsWith("?year=" + year());
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/admin/decisions/" + this.code)
				.param("year", String.valueOf(year()))
				.session(this.clerk))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("catalogue") instanceof CatalogueView c ? c.id() : -1;
	}

	static MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder post, String title,
			String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("title", title);
		params.put("kind", "MAJOR_DECISION");
		params.put("subKind", "");
		params.put("unit", "经济发展办公室");
		params.put("plannedTime", year() + "年第四季度");
		params.put("legalBasis", "《重大行政决策程序暂行条例》");
		params.put("reason", "");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(post::param);
		return post.with(csrf());
	}

	long item(long catalogue, String title, String... overrides) throws Exception {
		String location = this.mvc
			.perform(itemForm(post("/admin/decisions/catalogues/" + catalogue + "/items"), title, overrides)
				.session(this.clerk))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	void step(String path, MockHttpSession who) throws Exception {
		this.mvc.perform(post(path).param("note", "请补充").session(who).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	void publishCatalogue(long catalogue) throws Exception {
		step("/admin/decisions/catalogues/" + catalogue + "/submit", this.clerk);
		step("/admin/decisions/catalogues/" + catalogue + "/publish", this.reviewer);
	}

	static <B extends AbstractMockHttpServletRequestBuilder<B>> B stageForm(B post, String stage, LocalDate on,
			String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("stage", stage);
		params.put("heldOn", (on != null) ? on.toString() : "");
		params.put("endsOn", "");
		params.put("skipped", "false");
		params.put("skipReason", "");
		params.put("summary", stage + "情况说明");
		params.put("shortReason", "");
		params.put("consultationId", "");
		params.put("disclose", "true");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(post::param);
		return post.with(csrf());
	}

	/** Records a stage and returns its id. */
	long stage(long item, String stage, LocalDate on, String... overrides) throws Exception {
		String location = this.mvc
			.perform(stageForm(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/admin/decisions/items/" + item + "/stages"), stage, on, overrides).session(this.clerk))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('-') + 1));
	}

	/** Records, submits and publishes a stage. */
	long publishedStage(long item, String stage, LocalDate on, String... overrides) throws Exception {
		long id = stage(item, stage, on, overrides);
		step("/admin/decisions/stages/" + id + "/submit", this.clerk);
		step("/admin/decisions/stages/" + id + "/publish", this.reviewer);
		return id;
	}

}
