package org.gongkai.submission;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Test helpers for the public forms: the idempotency key a rendered form carries, and
 * following the Post/Redirect/Get answer to the receipt page as a browser does.
 */
public final class FormKeys {

	private FormKeys() {
	}

	/** The hidden field of a freshly rendered form. */
	public static RequestPostProcessor fresh() {
		return key(UUID.randomUUID().toString());
	}

	/** The hidden field with this value (a resent form sends the same). */
	public static RequestPostProcessor key(String value) {
		return (request) -> {
			request.addParameter(SubmissionKey.FIELD, value);
			return request;
		};
	}

	/**
	 * The receipt page a successful POST redirected to, fetched with the receipt cookie
	 * it set.
	 */
	public static String followReceipt(MockMvc mvc, MvcResult posted) throws Exception {
		assertThat(posted.getResponse().getStatus()).as(posted.getResponse().getContentAsString()).isEqualTo(303);
		String location = posted.getResponse().getRedirectedUrl();
		assertThat(location).contains("/receipt/");
		MockHttpServletRequestBuilder page = get(location);
		Cookie cookie = posted.getResponse().getCookie(ReceiptRedirect.COOKIE);
		if (cookie != null) {
			page.cookie(cookie);
		}
		MvcResult result = mvc.perform(page).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
