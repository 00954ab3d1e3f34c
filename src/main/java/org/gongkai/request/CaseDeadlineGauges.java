package org.gongkai.request;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The operators' gauges of the statutory deadlines: {@code gongkai_cases_due_soon} (open
 * cases due within five working days, as the dashboard's 临期) and
 * {@code gongkai_cases_overdue} (open cases past their due date). Computed when
 * Prometheus scrapes, from one query for the open cases of all agencies and each case's
 * clock ({@link CaseWorklists#openDeadlines}), and kept for {@link #KEEP} so that
 * frequent scrapes and the two gauges cost one computation. Every node answers for the
 * whole platform (the cases are in the shared database): in a cluster take {@code max}
 * over the nodes, not the sum. While the database cannot be reached the gauges are NaN.
 */
@Component
class CaseDeadlineGauges {

	/** How long a computation is reused. */
	static final Duration KEEP = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(CaseDeadlineGauges.class);

	private final CaseWorklists worklists;

	private CaseWorklists.OpenDeadlines last;

	private long computedAt;

	CaseDeadlineGauges(CaseWorklists worklists, MeterRegistry registry) {
		this.worklists = worklists;
		Gauge.builder("gongkai.cases.due.soon", this, (gauges) -> gauges.read(true))
			.description("Open disclosure cases due within 5 working days")
			.register(registry);
		Gauge.builder("gongkai.cases.overdue", this, (gauges) -> gauges.read(false))
			.description("Open disclosure cases past their statutory due date")
			.register(registry);
	}

	private synchronized double read(boolean dueSoon) {
		long now = System.nanoTime();
		if (this.last == null || now - this.computedAt > KEEP.toNanos()) {
			try {
				this.last = this.worklists.openDeadlines();
				this.computedAt = now;
			}
			catch (RuntimeException ex) {
				log.debug("Case deadlines not counted: {}", ex.toString());
				this.last = null;
				return Double.NaN;
			}
		}
		return dueSoon ? this.last.dueSoon() : this.last.overdue();
	}

}
