package org.gongkai.platform.web;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are served under their fixed names without a resource chain (which the API
 * page's webjar would otherwise switch on, so that every link of every page was looked up
 * as a file), and the API page still finds its webjar.
 */
@GongkaiTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void pagesLinkTheStylesheetByItsFixedNameAndNoFilterRewritesLinks() throws Exception {
		assertThat(this.context.containsBean("resourceUrlEncodingFilter")).isFalse();
		String home = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("href=\"/css/gongkai.css\"");
		this.mvc.perform(get("/css/gongkai.css")).andExpect(status().isOk());
	}

	@Test
	void theApiPageStillServesSwaggerUiFromItsWebjar() throws Exception {
		String location = this.mvc.perform(get("/api-docs"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("swagger-ui/index.html");
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/swagger-ui-bundle.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("SwaggerUI")));
	}

}
