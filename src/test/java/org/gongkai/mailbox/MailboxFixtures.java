package org.gongkai.mailbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.submission.FormKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Test data for letters: a builder of the letter form, the public form's POST, client
 * addresses of their own (the rate limits are per address), and a signed-in clerk.
 */
final class MailboxFixtures {

	/** A valid GB 11643 number (check character X), as in the privacy tests. */
	static final String ID_NUMBER = "11010519491231002X";

	static final String MASKED_ID = "11*************02X";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern TRACKING_NO = Pattern.compile("id=\"tracking-no\">([^<]+)<");

	private static final Pattern QUERY_CODE = Pattern.compile("id=\"query-code\">([^<]+)<");

	private MailboxFixtures() {
	}

	/** A letter form, changed with the {@code with*} methods. */
	static Form letter() {
		return new Form(null, "CONSULTATION", "关于村道硬化工程进度的咨询", "请问我村村道硬化工程何时开工？", "王五", "13800138000",
				"wangwu@example.com", true);
	}

	record Form(Long mailboxId, String type, String subject, String body, String name, String phone, String email,
			Boolean publicConsent) {

		Form withType(String t) {
			return new Form(this.mailboxId, t, this.subject, this.body, this.name, this.phone, this.email,
					this.publicConsent);
		}

		Form withSubject(String s) {
			return new Form(this.mailboxId, this.type, s, this.body, this.name, this.phone, this.email,
					this.publicConsent);
		}

		Form withBody(String b) {
			return new Form(this.mailboxId, this.type, this.subject, b, this.name, this.phone, this.email,
					this.publicConsent);
		}

		Form withName(String n) {
			return new Form(this.mailboxId, this.type, this.subject, this.body, n, this.phone, this.email,
					this.publicConsent);
		}

		Form withContact(String phone, String email) {
			return new Form(this.mailboxId, this.type, this.subject, this.body, this.name, phone, email,
					this.publicConsent);
		}

		Form withConsent(Boolean consent) {
			return new Form(this.mailboxId, this.type, this.subject, this.body, this.name, this.phone, this.email,
					consent);
		}

		Form withMailbox(Long id) {
			return new Form(id, this.type, this.subject, this.body, this.name, this.phone, this.email,
					this.publicConsent);
		}

		LetterForm form() {
			return new LetterForm(this.mailboxId, this.type, this.subject, this.body, this.name, this.phone, this.email,
					this.publicConsent);
		}

		/**
		 * The public form's POST with CSRF token and a fresh form key, from a fresh
		 * client address.
		 */
		MockHttpServletRequestBuilder post(String creditCode) {
			MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/agencies/" + creditCode + "/mailbox/write")
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(newAddress()));
			param(request, "mailboxId", (this.mailboxId != null) ? this.mailboxId.toString() : null);
			param(request, "type", this.type);
			param(request, "subject", this.subject);
			param(request, "body", this.body);
			param(request, "name", this.name);
			param(request, "phone", this.phone);
			param(request, "email", this.email);
			param(request, "publicConsent", Boolean.TRUE.equals(this.publicConsent) ? "true" : null);
			return request;
		}

		/** The JSON body of the API. */
		String json() {
			return "{" + field("mailboxId", this.mailboxId) + field("type", this.type) + field("subject", this.subject)
					+ field("body", this.body) + field("name", this.name) + field("phone", this.phone)
					+ field("email", this.email) + "\"publicConsent\":" + this.publicConsent + "}";
		}

		private static void param(MockHttpServletRequestBuilder request, String name, String value) {
			if (value != null) {
				request.param(name, value);
			}
		}

		private static String field(String name, Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof Number) {
				return "\"" + name + "\":" + value + ",";
			}
			return "\"" + name + "\":\""
					+ value.toString()
						.replace("\\", "\\\\")
						.replace("\"", "\\\"")
						.replace("\n", "\\n")
						.replace("\u0000", "\\u0000")
					+ "\",";
		}

	}

	static MockHttpServletRequestBuilder track(String trackingNo, String code) {
		return post("/mailbox/track").param("trackingNo", trackingNo)
			.param("code", code)
			.with(csrf())
			.with(from(newAddress()));
	}

	static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.88." + (n / 250) + "." + (n % 250 + 1);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String trackingNo(String receiptPage) {
		return find(TRACKING_NO, receiptPage);
	}

	static String queryCode(String receiptPage) {
		return find(QUERY_CODE, receiptPage);
	}

	private static String find(Pattern pattern, String page) {
		Matcher m = pattern.matcher(page);
		assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
		return m.group(1);
	}

	/**
	 * Signs in a principal holding {@code role} for {@code agency} (service-level tests).
	 */
	static void signIn(String username, Role role, long agency) {
		StaffPrincipal principal = new StaffPrincipal(1, username, username, List.of(new Grant(role, agency)), false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

}
