package org.gongkai.publication;

import java.util.List;
import java.util.function.Supplier;

import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffAuthentications;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test fixture for the publication lifecycle: an agency with one signed-in member per
 * role, and the clerk's and reviewers' steps through the pages.
 */
class PublishingDesk {

	private final MockMvc mvc;

	private final AgencyManagement agencies;

	private final AccountManagement accounts;

	private final CatalogManagement catalog;

	PublishingDesk(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.agencies = context.getBean(AgencyManagement.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.catalog = context.getBean(CatalogManagement.class);
	}

	Desk agency(String name) throws Exception {
		AgencyData data = AgencyFixtures.county(name + System.nanoTime());
		long id = this.agencies.create(data);
		long column = newsColumn(this.catalog, id);
		return new Desk(id, data.creditCode(), column,
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, id)));
	}

	/** The agency's news column (a column of the template every agency has). */
	static long newsColumn(CatalogManagement catalog, long agencyId) {
		return catalog.publicTree(agencyId)
			.stream()
			.filter((c) -> "news".equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** The clerk's new-draft form; more parameters can be added to the builder. */
	static MockHttpServletRequestBuilder draftForm(Desk desk, String title, String body, String madeOn, String genre) {
		return draftForm(desk, title, body, madeOn, genre, "VALID");
	}

	static MockHttpServletRequestBuilder draftForm(Desk desk, String title, String body, String madeOn, String genre,
			String validity) {
		return post("/admin/publications/new").session(desk.clerk())
			.with(csrf())
			.param("agencyId", "" + desk.id())
			.param("title", title)
			.param("body", body)
			.param("madeOn", madeOn)
			.param("genre", genre)
			.param("validity", validity)
			.param("columnId", "" + desk.column());
	}

	long draft(MockHttpServletRequestBuilder form) throws Exception {
		String location = this.mvc.perform(form)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	void toConfidentialityReview(Desk desk, long id) throws Exception {
		perform(desk.clerk(), post("/admin/publications/" + id + "/submit"), 302);
		perform(desk.reviewer(), post("/admin/publications/" + id + "/content-review").param("approve", "true"), 302);
	}

	void publish(Desk desk, long id) throws Exception {
		toConfidentialityReview(desk, id);
		perform(desk.confidentiality(),
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"), 302);
	}

	String perform(MockHttpSession session, MockHttpServletRequestBuilder request, int expected) throws Exception {
		return this.mvc.perform(request.session(session).with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Runs {@code work} as a leader of the agency (for module calls outside a request).
	 */
	static <T> T asLeader(long agencyId, Supplier<T> work) {
		StaffPrincipal leader = new StaffPrincipal(0, "test-leader", "test-leader",
				List.of(new Grant(Role.LEADER, agencyId)), false);
		SecurityContextHolder.getContext().setAuthentication(StaffAuthentications.of(leader));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	record Desk(long id, String creditCode, long column, MockHttpSession clerk, MockHttpSession reviewer,
			MockHttpSession confidentiality, MockHttpSession leader) {

		String publicUrl(long item) {
			return "/agencies/" + this.creditCode + "/publications/" + item;
		}

	}

}
