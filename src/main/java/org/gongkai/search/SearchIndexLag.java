package org.gongkai.search;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The operators' gauges of the index lag: {@code gongkai_search_index_lag}, the changes
 * published or withdrawn but not yet written to OpenSearch (rows of
 * {@code hsearch_outbox_event} still pending), and {@code gongkai_search_index_aborted},
 * those Hibernate Search gave up on after its retries (they need a reindex). Always 0 on
 * the embedded Lucene index, which is written in the publishing transaction. Read when
 * Prometheus scrapes, at most every {@link #KEEP}: one grouped count on an indexed table.
 * Every node sees the whole cluster's outbox: take {@code max} over the nodes.
 */
@Component
class SearchIndexLag {

	/** How long a count is reused. */
	static final Duration KEEP = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(SearchIndexLag.class);

	private final JdbcTemplate jdbc;

	private final boolean outbox;

	private long pending;

	private long aborted;

	private long countedAt;

	private boolean counted;

	SearchIndexLag(JdbcTemplate jdbc, SearchProperties properties, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.outbox = !properties.embedded();
		Gauge.builder("gongkai.search.index.lag", this, (lag) -> lag.read(true))
			.description("Search index changes not yet applied to OpenSearch (0 on the embedded Lucene index)")
			.register(registry);
		Gauge.builder("gongkai.search.index.aborted", this, (lag) -> lag.read(false))
			.description("Search index changes given up after retries (reindex to repair)")
			.register(registry);
	}

	private synchronized double read(boolean lag) {
		if (!this.outbox) {
			return 0;
		}
		long now = System.nanoTime();
		if (!this.counted || now - this.countedAt > KEEP.toNanos()) {
			try {
				this.pending = 0;
				this.aborted = 0;
				this.jdbc.query("SELECT status, COUNT(*) FROM hsearch_outbox_event GROUP BY status", (row) -> {
					if ("ABORTED".equals(row.getString(1))) {
						this.aborted += row.getLong(2);
					}
					else {
						this.pending += row.getLong(2);
					}
				});
				this.counted = true;
				this.countedAt = now;
			}
			catch (RuntimeException ex) {
				log.debug("Search outbox not counted: {}", ex.toString());
				this.counted = false;
				return Double.NaN;
			}
		}
		return lag ? this.pending : this.aborted;
	}

}
