package org.gongkai.village;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An installation that lets villages take applications
 * ({@code gongkai.village.accepts-requests=true}) gets the form and the API for a village
 * as for any agency. Its own application context: the setting is read at start, and the
 * shared context keeps the default.
 */
@GongkaiTest
@TestPropertySource(properties = "gongkai.village.accepts-requests=true")
class VillageRequestsAcceptedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aVillageTakesApplicationsWhenTheInstallationSaysSo() throws Exception {
		VillageDesk desk = new VillageDesk(this.context);
		this.mvc.perform(get("/agencies/" + desk.villageCode + "/requests/new")).andExpect(status().isOk());
		this.mvc.perform(get("/agencies/" + desk.villageCode))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/agencies/" + desk.villageCode + "/requests/new")));
		this.mvc
			.perform(post("/api/v1/agencies/" + desk.villageCode + "/requests").contentType(MediaType.APPLICATION_JSON)
				.content(VillageRequestTests.json())
				.with(VillageRequestTests.from(VillageRequestTests.address())))
			.andExpect(status().isCreated());
	}

}
