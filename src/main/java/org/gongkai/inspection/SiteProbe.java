package org.gongkai.inspection;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.gongkai.inspection.rules.Availability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Probes the public site's base URL ({@code gongkai.inspection.probe.base-url}) every
 * {@code gongkai.inspection.probe.minutes} (60 by default; no base URL, no probe), one
 * node of a cluster at a time, and records each probe (table {@code ins_probe}): it
 * passes when the page answers below status 400 within the timeout (15 seconds). The base
 * URL is the operator's setting, not content, so it is not held to the external link
 * check's address policy (the site may well be served from the same host).
 */
@Component
class SiteProbe {

	private static final Logger LOG = LoggerFactory.getLogger(SiteProbe.class);

	private final InspectionProperties.Probe settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final HttpClient client;

	SiteProbe(InspectionProperties properties, JdbcClient jdbc, Clock clock) {
		this.settings = properties.probe();
		this.client = HttpClient.newBuilder()
			.connectTimeout(this.settings.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedRateString = "${gongkai.inspection.probe.minutes:60}", initialDelay = 1,
			timeUnit = TimeUnit.MINUTES)
	@SchedulerLock(name = "inspection.probe", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
	void scheduled() {
		if (this.settings.enabled()) {
			probe(this.settings.baseUrl().strip());
		}
	}

	/**
	 * Probes {@code url} once and records the result.
	 * @return whether it passed
	 */
	boolean probe(String url) {
		Instant at = Instant.now(this.clock);
		long started = System.nanoTime();
		Integer status = null;
		String error = null;
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.timeout(this.settings.timeout())
				.header("User-Agent", "Gongkai-Probe/1.0")
				.GET()
				.build();
			status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException | IllegalArgumentException ex) {
			error = ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
		boolean ok = status != null && status < 400 && millis <= this.settings.timeout().toMillis();
		if (!ok) {
			LOG.warn("Site probe of {} failed: status {}, {}", url, status, error);
		}
		this.jdbc.sql("insert into ins_probe (probed_at, ok, status, millis, error) values (?, ?, ?, ?, ?)")
			.params(Timestamp.from(at), ok, status, millis, error)
			.update();
		return ok;
	}

	/** The probes of the week before {@code now}, and how many failed. */
	Window window(Instant now) {
		Timestamp from = Timestamp.from(now.minus(Availability.WINDOW));
		Timestamp to = Timestamp.from(now);
		long probes = this.jdbc.sql("select count(*) from ins_probe where probed_at > ? and probed_at <= ?")
			.params(from, to)
			.query(Long.class)
			.single();
		long failed = this.jdbc
			.sql("select count(*) from ins_probe where probed_at > ? and probed_at <= ? and ok = false")
			.params(from, to)
			.query(Long.class)
			.single();
		return new Window(probes, failed);
	}

	/** Probes counted and failed. */
	record Window(long probes, long failed) {

		boolean unavailable() {
			return Availability.unavailable(this.probes, this.failed);
		}

		long percent() {
			return (this.probes == 0) ? 0 : Math.round(100.0 * this.failed / this.probes);
		}

	}

}
