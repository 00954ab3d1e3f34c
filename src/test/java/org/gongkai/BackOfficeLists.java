package org.gongkai;

import java.util.List;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Checks every paged back-office list shares: its page as a user sees it, the rows it
 * shows, and hostile paging, size and filter parameters answered with the list or a 400,
 * never a failure and never with the input unescaped.
 */
public final class BackOfficeLists {

	/** Query parameters a hostile or careless user sends to a list. */
	public static final List<String> HOSTILE = List.of("page=-1", "page=abc", "page=99999999999",
			"page=99999999999999999999999", "page=2147483648", "size=0", "size=-5", "size=100000", "size=1e3",
			"status=%3Cscript%3E", "kind=DROP%20TABLE", "result=x", "stage=%00", "role=ROOT", "level=EMPIRE",
			"own=maybe", "from=not-a-date", "to=2026-13-45", "agency=-3", "agency=abc", "agency=99999999999",
			"parent=abc", "q=" + "长".repeat(10_000), "q=%00%01%1B", "q=%27%20OR%201%3D1%20--",
			"q=%27%3B%20DROP%20TABLE%20acc_user%3B%20--", "q=%25", "q=_", "q=%3Cscript%3Ealert(1)%3C/script%3E",
			"page=1&page=2");

	private BackOfficeLists() {
	}

	/** The list page at {@code url} as the session's user sees it (200 expected). */
	public static String page(MockMvc mvc, MockHttpSession session, String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The number of rows of the page's first table body. */
	public static int rows(String html) {
		int tbody = html.indexOf("<tbody>");
		if (tbody < 0) {
			return 0;
		}
		String body = html.substring(tbody, html.indexOf("</tbody>", tbody));
		return body.split("<tr", -1).length - 1;
	}

	/**
	 * Sends every {@link #HOSTILE} parameter to the list at {@code path}: each answers
	 * the list (200) or a 400, never a server error, and never echoes markup unescaped.
	 */
	public static void survivesHostileParameters(MockMvc mvc, MockHttpSession session, String path) throws Exception {
		for (String query : HOSTILE) {
			String url = path + (path.contains("?") ? "&" : "?") + query;
			MockHttpServletResponse response = mvc.perform(get(url).session(session)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url.substring(0, Math.min(url.length(), 120))).isIn(200, 400);
			assertThat(response.getContentAsString()).as(query.substring(0, Math.min(query.length(), 60)))
				.doesNotContain("<script>alert(1)");
		}
		assertThat(rows(page(mvc, session, path + (path.contains("?") ? "&" : "?") + "size=100000")))
			.isLessThanOrEqualTo(100);
	}

}
