package org.gongkai.publication;

import org.gongkai.GongkaiTest;
import org.gongkai.platform.ContentGeneration;
import org.gongkai.publication.PublishingDesk.Desk;
import org.gongkai.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages are served from the page cache to readers who are not signed in, and never
 * once anything they show has changed: a withdrawn item is gone at once, a new item shows
 * in its column at once, staff always get fresh pages of their own.
 */
@GongkaiTest
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ContentGeneration generation;

	PublishingDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void aSecondReadComesFromTheCacheWithTheSameBytesAndTheSecurityHeaders() throws Exception {
		Desk agency = this.desk.agency("缓存县");
		long id = published(agency, "关于缓存测试的通知");
		MvcResult first;
		MvcResult second;
		long before;
		// a background job of another test may change state between the two reads: then a
		// miss is right, and the pair is read again
		int tries = 0;
		do {
			before = this.generation.current();
			first = this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isOk()).andReturn();
			second = this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isOk()).andReturn();
		}
		while (this.generation.current() != before && ++tries < 5);
		assertThat(this.generation.current()).isEqualTo(before);
		assertThat(first.getResponse().getHeader("X-Page-Cache")).isIn("miss", "hit");
		assertThat(second.getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
		assertThat(second.getResponse().getHeader("Content-Security-Policy")).isNotBlank();
		assertThat(second.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(second.getResponse().getContentType()).startsWith("text/html");
		assertThat(second.getResponse().getContentAsString()).contains("关于缓存测试的通知");
	}

	@Test
	void aWithdrawnItemIsGoneAtOnceAndANewItemShowsInItsColumnAtOnce() throws Exception {
		Desk agency = this.desk.agency("撤回缓存县");
		long id = published(agency, "即将撤回的信息");
		String column = "/agencies/" + agency.creditCode() + "/columns/" + agency.column();
		read(agency.publicUrl(id));
		read(column);
		assertThat(read(column)).contains("即将撤回的信息");

		this.desk.perform(agency.leader(), post("/admin/publications/" + id + "/withdraw").param("reason", "内容有误"),
				302);
		this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isNotFound());
		assertThat(read(column)).doesNotContain("即将撤回的信息");

		published(agency, "新发布的信息");
		assertThat(read(column)).contains("新发布的信息");
	}

	@Test
	void signedInStaffAreNeverServedFromTheCacheNorFillIt() throws Exception {
		Desk agency = this.desk.agency("员工缓存县");
		long id = published(agency, "员工页面测试");
		String staffPage = this.mvc.perform(get(agency.publicUrl(id)).session(agency.clerk()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Page-Cache"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staffPage).contains("退出登录");
		String publicPage = this.mvc.perform(get(agency.publicUrl(id)))
			.andExpect(header().string("X-Page-Cache", "miss"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(publicPage).doesNotContain("退出登录").doesNotContain("_csrf");
		this.mvc.perform(get(agency.publicUrl(id)).session(agency.clerk()))
			.andExpect(header().doesNotExist("X-Page-Cache"));
	}

	@Test
	void otherQueriesErrorsAndFormsAreNotCached() throws Exception {
		Desk agency = this.desk.agency("不缓存县");
		long id = published(agency, "查询参数测试");
		this.mvc.perform(get(agency.publicUrl(id) + "?x=%3Cscript%3E"))
			.andExpect(header().doesNotExist("X-Page-Cache"));
		this.mvc.perform(get("/agencies/" + agency.creditCode() + "/publications/999999999"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + agency.creditCode() + "/publications/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Page-Cache", "miss"));
		this.mvc.perform(get("/agencies/" + agency.creditCode() + "/requests/new"))
			.andExpect(header().doesNotExist("X-Page-Cache"));
	}

	private String read(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long published(Desk agency, String title) throws Exception {
		long id = this.desk.draft(PublishingDesk.draftForm(agency, title, "正文：" + title,
				TestClock.INSTANCE.today().minusDays(14).toString(), "NOTICE"));
		this.desk.publish(agency, id);
		return id;
	}

}
