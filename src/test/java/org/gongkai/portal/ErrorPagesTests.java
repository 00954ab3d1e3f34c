package org.gongkai.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages as a browser gets them from the real server (Tomcat forwarding to
 * /error).
 */
@GongkaiTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void notFoundIsAChinesePage() throws Exception {
		HttpResponse<String> response = page("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("页面不存在").contains("返回首页");
	}

	@Test
	void anUnexpectedErrorIsAChinesePageWithoutStackTrace() throws Exception {
		RequestMappingInfo boom = RequestMappingInfo.paths("/test/boom")
			.methods(RequestMethod.GET)
			.options(this.mappings.getBuilderConfiguration())
			.build();
		this.mappings.registerMapping(boom, new Failing(), Failing.class.getDeclaredMethod("boom"));
		try {
			HttpResponse<String> response = page("/test/boom");
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).contains("系统暂时出现问题")
				.doesNotContain("IllegalStateException")
				.doesNotContain("secret detail")
				.doesNotContain("at org.");
		}
		finally {
			this.mappings.unregisterMapping(boom);
		}
	}

	@Test
	void apiErrorsAreJsonWithAChineseMessage() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/no-such")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"status\":404").contains("请求的对象不存在");
	}

	@Test
	void aBackOfficePageWithoutSignInLeadsToTheSignInPage() throws Exception {
		HttpResponse<String> response = page("/admin/audit");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	private HttpResponse<String> page(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A page that fails, mapped for one test only: in the shared context other tests walk
	 * every mapping ({@code MalformedInputFuzzTests}), and importing it as configuration
	 * would start a context of its own.
	 */
	static class Failing {

		String boom() {
			throw new IllegalStateException("secret detail");
		}

	}

}
