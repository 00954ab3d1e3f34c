package org.gongkai.publication;

import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Test fixture for the publishing API: an agency with one API token per role, and the
 * calls of the API.
 */
class ApiDesk {

	private final MockMvc mvc;

	private final AgencyManagement agencies;

	private final AccountManagement accounts;

	private final CatalogManagement catalog;

	ApiDesk(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.agencies = context.getBean(AgencyManagement.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.catalog = context.getBean(CatalogManagement.class);
	}

	Tokens agency(String name) throws Exception {
		AgencyData data = AgencyFixtures.county(name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Tokens(id, data.creditCode(), PublishingDesk.newsColumn(this.catalog, id), token(Role.CLERK, id),
				token(Role.REVIEWER, id), token(Role.CONFIDENTIALITY_REVIEWER, id), token(Role.LEADER, id));
	}

	private String token(Role role, long agencyId) throws Exception {
		return Staff.token(this.mvc, Staff.create(this.accounts, role, agencyId));
	}

	/**
	 * A draft's JSON with the given title, body and date made, in the agency's column.
	 */
	static String draftJson(Tokens agency, String title, String body, String madeOn) {
		return "{\"columnId\":" + agency.column() + ",\"title\":\"" + title + "\",\"summary\":\"摘要\",\"body\":\"" + body
				+ "\",\"madeOn\":\"" + madeOn + "\",\"genre\":\"NOTICE\"}";
	}

	ResultActions postDraft(String token, String creditCode, String json) throws Exception {
		return post(token, "/api/v1/admin/agencies/" + creditCode + "/publications", json);
	}

	/** Drafts through the API and returns the new item's id. */
	long draft(Tokens agency, String json) throws Exception {
		String body = postDraft(agency.clerk(), agency.creditCode(), json).andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	ResultActions post(String token, String path, String json) throws Exception {
		var request = MockMvcRequestBuilders.post(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request);
	}

	ResultActions step(String token, long id, String step, String json) throws Exception {
		return post(token, "/api/v1/admin/publications/" + id + "/" + step, json);
	}

	ResultActions upload(String token, long id, String name, String type, byte[] content) throws Exception {
		var request = multipart("/api/v1/admin/publications/" + id + "/attachments")
			.file(new MockMultipartFile("file", name, type, content));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request);
	}

	ResultActions get(String token, String path) throws Exception {
		var request = MockMvcRequestBuilders.get(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request);
	}

	ResultActions publicItem(long id) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get("/api/v1/publications/" + id));
	}

	/** An agency's id, credit code, news column, and a token per role. */
	record Tokens(long id, String creditCode, long column, String clerk, String reviewer, String confidentiality,
			String leader) {
	}

}
