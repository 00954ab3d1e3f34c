package org.gongkai.inspection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.gongkai.inspection.ExternalLinkChecker.Outcome;
import org.gongkai.inspection.rules.AddressPolicy;
import org.gongkai.inspection.rules.ExternalLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external link check never reaches an internal address: not by IP, not by a name
 * resolving to one, not by a number written in decimal or octal, not through a redirect.
 * Every test stays on loopback: the servers listen on 127.0.0.1 and only the test widens
 * the policy, to the exact port of the one server it means to reach. A second server (the
 * trap) counts any request that slips through.
 */
class ExternalLinkCheckerTests {

	private HttpServer site;

	private HttpServer trap;

	private final AtomicInteger trapHits = new AtomicInteger();

	private final List<String> siteRequests = new ArrayList<>();

	private final InspectionProperties.LinkCheck settings = new InspectionProperties.LinkCheck(true,
			Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(60), 50, 20, Duration.ZERO);

	@BeforeEach
	void servers() throws IOException {
		this.trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.trap.createContext("/", (exchange) -> {
			this.trapHits.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.trap.start();
		this.site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.site.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			synchronized (this.siteRequests) {
				this.siteRequests.add(exchange.getRequestMethod() + " " + path);
			}
			switch (path) {
				case "/ok" -> exchange.sendResponseHeaders(200, -1);
				case "/no-head" ->
					exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
				case "/to-trap" -> {
					exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + trapPort() + "/secret");
					exchange.sendResponseHeaders(302, -1);
				}
				case "/to-metadata" -> {
					exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
					exchange.sendResponseHeaders(301, -1);
				}
				case "/to-ok" -> {
					exchange.getResponseHeaders().add("Location", "/ok");
					exchange.sendResponseHeaders(302, -1);
				}
				case "/loop" -> {
					exchange.getResponseHeaders().add("Location", "/loop");
					exchange.sendResponseHeaders(302, -1);
				}
				default -> exchange.sendResponseHeaders(404, -1);
			}
			exchange.close();
		});
		this.site.start();
	}

	@AfterEach
	void stop() {
		this.site.stop(0);
		this.trap.stop(0);
	}

	private int trapPort() {
		return this.trap.getAddress().getPort();
	}

	private String site(String path) {
		return "http://127.0.0.1:" + this.site.getAddress().getPort() + path;
	}

	/** The platform's policy, widened to the test site's exact loopback port. */
	private ExternalLinkChecker checker() {
		return new ExternalLinkChecker(this.settings,
				AddressPolicy.publicOnly().allowing(InetAddress.getLoopbackAddress(), this.site.getAddress().getPort()),
				System::nanoTime, (millis) -> {
				});
	}

	@Test
	void internalAddressesInEveryFormAreRefusedWithoutAConnection() {
		ExternalLinkChecker.Run run = new ExternalLinkChecker(this.settings, AddressPolicy.publicOnly(),
				System::nanoTime, (millis) -> {
				})
			.start();
		int port = trapPort();
		for (String url : List.of("http://127.0.0.1:" + port + "/", "http://[::1]:" + port + "/",
				"http://localhost:" + port + "/", "http://LOCALHOST:" + port + "/", "http://2130706433:" + port + "/",
				"http://0177.0.0.1:" + port + "/", "http://0x7f.0.0.1:" + port + "/", "http://127.1:" + port + "/",
				"http://017700000001:" + port + "/", "http://[::ffff:127.0.0.1]:" + port + "/",
				"http://0.0.0.0:" + port + "/", "http://[::]:" + port + "/", "http://10.0.0.1/", "http://172.16.5.4/",
				"http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
				"http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/",
				"https://127.0.0.1:" + port + "/", "http://user@127.0.0.1:" + port + "/")) {
			assertThat(run.check(url).outcome()).as(url).isEqualTo(Outcome.REFUSED);
		}
		assertThat(run.requests()).isZero();
		assertThat(this.trapHits).hasValue(0);
	}

	@Test
	void theAddressPolicyKnowsThePrivateRanges() throws Exception {
		for (String refused : List.of("127.0.0.1", "::1", "10.0.0.1", "172.16.0.1", "172.20.1.1", "192.168.0.1",
				"169.254.169.254", "0.0.0.0", "::", "100.64.0.1", "100.127.255.255", "fc00::1", "fd12:3456::1",
				"fe80::1", "ff02::1", "224.0.0.251", "255.255.255.255", "2002:7f00:1::1", "2001:db8::1")) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(refused))).as(refused).isFalse();
		}
		for (String allowed : List.of("8.8.8.8", "114.114.114.114", "172.32.0.1", "100.128.0.1", "2400:3200::1")) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(allowed))).as(allowed).isTrue();
		}
		assertThat(AddressPolicy.numericHost("2130706433")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("0177.0.0.1")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("0x7f.1")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("163.com")).isEmpty();
		assertThat(AddressPolicy.numericHost("360.de")).isEmpty();
		// the widened policy allows that one port only
		AddressPolicy widened = AddressPolicy.publicOnly().allowing(InetAddress.getLoopbackAddress(), 8080);
		assertThat(widened.allows(InetAddress.getLoopbackAddress(), 8080)).isTrue();
		assertThat(widened.allows(InetAddress.getLoopbackAddress(), 8081)).isFalse();
	}

	@Test
	void aRedirectFromAnAllowedServerToAnInternalAddressIsRefused() {
		ExternalLinkChecker.Run run = checker().start();
		assertThat(run.check(site("/to-trap")).outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(run.check(site("/to-metadata")).outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(this.trapHits).hasValue(0);
		assertThat(this.siteRequests).containsExactly("HEAD /to-trap", "HEAD /to-metadata");
	}

	@Test
	void livePagesPassDeadOnesFailHeadFallsBackToGetAndRedirectsAreFollowedAtMostFiveTimes() {
		ExternalLinkChecker.Run run = checker().start();
		assertThat(run.check(site("/ok")).outcome()).isEqualTo(Outcome.OK);
		assertThat(run.check(site("/no-head")).outcome()).isEqualTo(Outcome.OK);
		assertThat(run.check(site("/to-ok")).outcome()).isEqualTo(Outcome.OK);
		ExternalLinkChecker.Result missing = run.check(site("/missing"));
		assertThat(missing.outcome()).isEqualTo(Outcome.DEAD);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(run.check(site("/loop")).outcome()).isEqualTo(Outcome.DEAD);
		assertThat(run.check("ftp://example.com/").outcome()).isEqualTo(Outcome.DEAD);
		synchronized (this.siteRequests) {
			assertThat(this.siteRequests).containsSubsequence("HEAD /no-head", "GET /no-head");
			assertThat(this.siteRequests).containsSubsequence("HEAD /to-ok", "HEAD /ok");
			assertThat(this.siteRequests.stream().filter((r) -> r.equals("HEAD /loop")))
				.hasSize(ExternalLinkChecker.MAX_REDIRECTS + 1);
		}
	}

	@Test
	void eachAddressIsCheckedOncePerRunAndTheLimitsLeaveTheRestUnchecked() {
		ExternalLinkChecker.Run run = checker().start();
		run.check(site("/ok"));
		run.check(site("/ok"));
		assertThat(this.siteRequests).containsExactly("HEAD /ok");

		// per host: two requests, then the rest is skipped (and not reported as dead)
		InspectionProperties.LinkCheck twoPerHost = new InspectionProperties.LinkCheck(true, Duration.ofSeconds(2),
				Duration.ofSeconds(2), Duration.ofSeconds(60), 50, 2, Duration.ZERO);
		ExternalLinkChecker.Run limited = new ExternalLinkChecker(twoPerHost,
				AddressPolicy.publicOnly().allowing(InetAddress.getLoopbackAddress(), this.site.getAddress().getPort()),
				System::nanoTime, (millis) -> {
				})
			.start();
		assertThat(limited.check(site("/ok?1")).outcome()).isEqualTo(Outcome.OK);
		assertThat(limited.check(site("/ok?2")).outcome()).isEqualTo(Outcome.OK);
		ExternalLinkChecker.Result third = limited.check(site("/ok?3"));
		assertThat(third.outcome()).isEqualTo(Outcome.SKIPPED);
		assertThat(third.broken()).isFalse();

		// the time budget: a clock that jumps past it leaves the next link unchecked
		AtomicLong now = new AtomicLong();
		List<Long> slept = new ArrayList<>();
		InspectionProperties.LinkCheck paced = new InspectionProperties.LinkCheck(true, Duration.ofSeconds(2),
				Duration.ofSeconds(2), Duration.ofSeconds(30), 50, 20, Duration.ofMillis(500));
		ExternalLinkChecker.Run timed = new ExternalLinkChecker(paced,
				AddressPolicy.publicOnly().allowing(InetAddress.getLoopbackAddress(), this.site.getAddress().getPort()),
				now::get, slept::add)
			.start();
		assertThat(timed.check(site("/ok?a")).outcome()).isEqualTo(Outcome.OK);
		assertThat(timed.check(site("/ok?b")).outcome()).isEqualTo(Outcome.OK);
		assertThat(slept).as("paused between requests to the same host").containsExactly(500L);
		now.addAndGet(Duration.ofSeconds(31).toNanos());
		assertThat(timed.check(site("/ok?c")).outcome()).isEqualTo(Outcome.SKIPPED);
	}

	@Test
	void onlyAbsoluteHttpLinksAreExternal() {
		assertThat(ExternalLinks.in("""
				<a href="https://www.gov.cn/zhengce/">国务院</a> <a href="/agencies/X/publications/1">内部</a>
				<a href='HTTP://example.com/a?b=1&amp;c=2'>x</a> <a href="mailto:a@b.cn">信</a>
				<a href="javascript:alert(1)">x</a> <a href="https://www.gov.cn/zhengce/">重复</a>"""))
			.containsExactly("https://www.gov.cn/zhengce/", "HTTP://example.com/a?b=1&c=2");
	}

}
