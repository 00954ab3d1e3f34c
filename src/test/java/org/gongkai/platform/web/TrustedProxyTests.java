package org.gongkai.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy, on the real server: the client address and scheme come from
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only when the connection comes
 * from a trusted proxy (the test configuration trusts 127.0.0.2 alone; the application
 * trusts none by default). Rate limits then key on the real client, and a request that
 * came over HTTPS gets HSTS and Secure cookies; a client that forges the headers gets
 * neither.
 */
@GongkaiTest
class TrustedProxyTests {

	static final String PROXY = "127.0.0.2";

	static final String CLIENT = "127.0.0.1";

	@LocalServerPort
	int port;

	@Test
	void aForgedForwardedForFromAnUntrustedClientDoesNotEscapeItsRateLimit() throws IOException {
		// gongkai.request.lookups-per-minute=6 in the tests
		for (int i = 1; i <= 6; i++) {
			assertThat(send(CLIENT, "/api/v1/requests/YSQ-2026-0-90" + i + "?code=X",
					Map.of("X-Forwarded-For", "198.51.100." + i))
				.status()).isEqualTo(404);
		}
		assertThat(send(CLIENT, "/api/v1/requests/YSQ-2026-0-907?code=X", Map.of("X-Forwarded-For", "198.51.100.7"))
			.status()).isEqualTo(429);
	}

	@Test
	void behindATrustedProxyEachClientHasItsOwnRateLimit() throws IOException {
		for (int i = 1; i <= 6; i++) {
			assertThat(send(PROXY, "/api/v1/requests/YSQ-2026-0-80" + i + "?code=X",
					Map.of("X-Forwarded-For", "203.0.113.21"))
				.status()).isEqualTo(404);
		}
		assertThat(send(PROXY, "/api/v1/requests/YSQ-2026-0-807?code=X", Map.of("X-Forwarded-For", "203.0.113.21"))
			.status()).isEqualTo(429);
		// another citizen behind the same proxy is not limited by the first one
		assertThat(send(PROXY, "/api/v1/requests/YSQ-2026-0-808?code=X", Map.of("X-Forwarded-For", "203.0.113.22"))
			.status()).isEqualTo(404);
	}

	@Test
	void overHttpsThroughATrustedProxyTheSessionCookieIsSecureAndHstsIsSent() throws IOException {
		Response page = send(PROXY, "/login", Map.of("X-Forwarded-For", "203.0.113.23", "X-Forwarded-Proto", "https"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("strict-transport-security")).singleElement().asString().contains("max-age=31536000");
		assertThat(page.header("set-cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).contains("; Secure"));
	}

	@Test
	void overPlainHttpCookiesAreNotSecureAndNoHstsIsSentWhateverTheClientClaims() throws IOException {
		Response page = send(CLIENT, "/login", Map.of("X-Forwarded-Proto", "https"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("strict-transport-security")).isEmpty();
		assertThat(page.header("set-cookie")).isNotEmpty()
			.noneSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("secure"));
	}

	@Test
	void aPublicPageCachedOverHttpIsServedWithHstsOverHttps() throws IOException {
		send(CLIENT, "/", Map.of());
		assertThat(send(CLIENT, "/", Map.of()).header("x-page-cache")).containsExactly("hit");
		Response secure = send(PROXY, "/", Map.of("X-Forwarded-Proto", "https"));
		assertThat(secure.status()).isEqualTo(200);
		assertThat(secure.header("strict-transport-security")).hasSize(1);
		Response plain = send(CLIENT, "/", Map.of());
		assertThat(plain.header("strict-transport-security")).isEmpty();
	}

	@Test
	void behindATrustedProxyTheOperatorsNetworkIsTheForwardedClientsAddress() throws IOException {
		// the default operators' networks are 127.0.0.1/32 and ::1: not the proxy's
		assertThat(send(PROXY, "/actuator/prometheus", Map.of("X-Forwarded-For", CLIENT)).status()).isEqualTo(200);
		assertThat(send(PROXY, "/actuator/prometheus", Map.of("X-Forwarded-For", "203.0.113.30")).status())
			.isEqualTo(404);
		assertThat(send(PROXY, "/actuator/prometheus", Map.of()).status()).isEqualTo(404);
		// an untrusted client's forged header changes nothing either way
		assertThat(send(CLIENT, "/actuator/prometheus", Map.of("X-Forwarded-For", "203.0.113.31")).status())
			.isEqualTo(200);
		assertThat(send(PROXY, "/actuator/health", Map.of("X-Forwarded-For", "203.0.113.30")).status()).isEqualTo(200);
	}

	/** One GET on its own connection from the given local address. */
	private Response send(String from, String target, Map<String, String> headers) throws IOException {
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), this.port, InetAddress.getByName(from),
				0)) {
			socket.setSoTimeout(20_000);
			StringBuilder head = new StringBuilder("GET ").append(target)
				.append(" HTTP/1.1\r\nHost: localhost\r\nAccept: ")
				.append(target.startsWith("/actuator/prometheus") ? "text/plain"
						: (target.startsWith("/api/") || target.startsWith("/actuator/")) ? "application/json"
								: "text/html")
				.append("\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.read(socket.getInputStream());
		}
	}

	private record Response(int status, List<String> lines) {

		List<String> header(String name) {
			List<String> values = new ArrayList<>();
			for (String line : this.lines) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
					values.add(line.substring(colon + 1).trim());
				}
			}
			return values;
		}

		static Response read(InputStream in) throws IOException {
			String all = new String(readAll(in), StandardCharsets.ISO_8859_1);
			int end = all.indexOf("\r\n\r\n");
			List<String> lines = List.of(all.substring(0, (end < 0) ? all.length() : end).split("\r\n"));
			return new Response(Integer.parseInt(lines.get(0).split(" ")[1]), lines.subList(1, lines.size()));
		}

		private static byte[] readAll(InputStream in) throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			return bytes.toByteArray();
		}

	}

}
