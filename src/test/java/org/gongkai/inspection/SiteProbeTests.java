package org.gongkai.inspection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The availability probe against a local HTTP server on the fixed clock: each probe is
 * recorded, and SITE_UNAVAILABLE is found (for the county, the site's owner) once at
 * least 5 % of at least 20 probes over the past week failed.
 */
@GongkaiTest
class SiteProbeTests {

	@Autowired
	SiteProbe probe;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Inspections inspections;

	private HttpServer server;

	private final AtomicInteger status = new AtomicInteger(200);

	@BeforeEach
	void server() throws IOException {
		this.jdbc.sql("delete from ins_probe").update();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			exchange.sendResponseHeaders(this.status.get(), -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		this.jdbc.sql("delete from ins_probe").update();
		TestClock.INSTANCE.reset();
	}

	private String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	@Test
	void oneFailedProbeInTwentyOverAWeekMakesTheCountysSiteUnavailable() throws Exception {
		LocalDate day = TestClock.suiteToday();
		TestClock.INSTANCE.setToday(day.minusYears(2));
		AgencyData countyData = AgencyFixtures.county("监测县" + System.nanoTime());
		long county = this.agencies.create(countyData);
		AgencyData bureauData = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "监测局" + System.nanoTime());
		long bureau = this.agencies.create(bureauData);
		String office = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county);

		// 19 probes an hour apart pass
		TestClock.INSTANCE.setToday(day.minusDays(2));
		for (int i = 0; i < 19; i++) {
			assertThat(this.probe.probe(url())).isTrue();
			TestClock.INSTANCE.advance(Duration.ofHours(1));
		}
		assertThat(this.probe.window(Instant.now(TestClock.INSTANCE)).unavailable()).isFalse();
		// one more fails: 1 of 20 is 5 %
		this.status.set(503);
		assertThat(this.probe.probe(url())).isFalse();
		SiteProbe.Window window = this.probe.window(Instant.now(TestClock.INSTANCE));
		assertThat(window.probes()).isEqualTo(20);
		assertThat(window.failed()).isEqualTo(1);
		assertThat(window.unavailable()).isTrue();
		assertThat(this.jdbc.sql("select status from ins_probe where ok = false").query(Integer.class).single())
			.isEqualTo(503);

		InspectionReport report = CaseFixtures.as(office, Role.DISCLOSURE_OFFICE, county,
				() -> this.inspections.run(countyData.creditCode()));
		InspectionFinding unavailable = report.findings()
			.stream()
			.filter((f) -> f.rule().equals("SITE_UNAVAILABLE"))
			.findFirst()
			.orElseThrow();
		assertThat(unavailable.severity()).isEqualTo("VETO");
		assertThat(unavailable.title()).contains("20次监测中1次失败");
		assertThat(report.findings().get(0).severity()).isEqualTo("VETO");
		assertThat(CaseFixtures
			.as(office, Role.DISCLOSURE_OFFICE, county, () -> this.inspections.run(bureauData.creditCode()))
			.findings()).noneMatch((f) -> f.rule().equals("SITE_UNAVAILABLE"));

		// a week and a day later the window is empty again
		TestClock.INSTANCE.advance(Duration.ofDays(8));
		assertThat(this.probe.window(Instant.now(TestClock.INSTANCE)).probes()).isZero();
		assertThat(CaseFixtures
			.as(office, Role.DISCLOSURE_OFFICE, county, () -> this.inspections.run(countyData.creditCode()))
			.findings()).noneMatch((f) -> f.rule().equals("SITE_UNAVAILABLE"));
	}

	@Test
	void aRefusedConnectionFailsAndNoBaseUrlMeansNoProbe() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		assertThat(this.probe.probe("http://127.0.0.1:" + closed + "/")).isFalse();
		assertThat(this.jdbc.sql("select error from ins_probe").query(String.class).single()).isNotBlank();
		// the tests configure no base URL: the schedule probes nothing
		this.probe.scheduled();
		assertThat(this.jdbc.sql("select count(*) from ins_probe").query(Long.class).single()).isEqualTo(1);
	}

}
