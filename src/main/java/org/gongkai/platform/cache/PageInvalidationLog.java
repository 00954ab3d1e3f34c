package org.gongkai.platform.cache;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.gongkai.platform.PageTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In cluster mode ({@code gongkai.cluster.enabled=true}) the page caches of all nodes
 * forget the same pages: a change writes its tags to {@code plt_page_invalidation} in its
 * own transaction, and every node reads the rows of the others every
 * {@code gongkai.page-cache.poll-interval} and applies those it has not seen. Rows are
 * read by number and, since numbers are drawn before commit, also for a while back by
 * time, so a transaction that commits after a later one is not missed. Rows older than
 * {@code keep-invalidations} are purged. Off in single-node mode: nothing is written.
 */
public class PageInvalidationLog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PageInvalidationLog.class);

	/** How far back by time each poll reads again, for late commits and clock skew. */
	static final Duration LOOKBACK = Duration.ofMinutes(2);

	private static final int MAX_TAGS_TEXT = 3900;

	private final JdbcTemplate jdbc;

	private final PageStore store;

	private final Clock clock;

	private final PageCacheSettings settings;

	private final boolean enabled;

	private final String node = UUID.randomUUID().toString();

	/** Rows applied (or written here), by number, with their time. */
	private final Map<Long, Instant> seen = new HashMap<>();

	private long lastSeen;

	private int polls;

	private ScheduledExecutorService poller;

	public PageInvalidationLog(JdbcTemplate jdbc, PageStore store, Clock clock, PageCacheSettings settings,
			boolean enabled) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
		this.settings = settings;
		this.enabled = enabled;
	}

	/** Whether this node shares its invalidations with others. */
	public boolean enabled() {
		return this.enabled;
	}

	/**
	 * Writes the tags for the other nodes, in the caller's transaction if there is one
	 * (so a change rolled back invalidates nothing elsewhere).
	 */
	public void write(Collection<String> tags) {
		if (!this.enabled || tags.isEmpty()) {
			return;
		}
		String text = String.join(" ", new TreeSet<>(tags));
		if (text.length() > MAX_TAGS_TEXT) {
			text = PageTag.ALL;
		}
		this.jdbc.update("INSERT INTO plt_page_invalidation (node, tags, created_at) VALUES (?, ?, ?)", this.node, text,
				Timestamp.from(this.clock.instant()));
	}

	/**
	 * Applies the other nodes' invalidations not seen yet; every sixtieth poll also
	 * purges old rows.
	 * @return how many rows were applied
	 */
	public synchronized int poll() {
		Instant now = this.clock.instant();
		Instant from = now.minus(LOOKBACK);
		List<Row> rows = this.jdbc.query(
				"SELECT id, node, tags, created_at FROM plt_page_invalidation WHERE id > ? OR created_at >= ? ORDER BY id",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
				this.lastSeen, Timestamp.from(from));
		int applied = 0;
		for (Row row : rows) {
			if (this.seen.putIfAbsent(row.id(), row.createdAt()) != null) {
				continue;
			}
			this.lastSeen = Math.max(this.lastSeen, row.id());
			if (!this.node.equals(row.node())) {
				this.store.invalidate(Set.copyOf(Arrays.asList(row.tags().split(" "))));
				applied++;
			}
		}
		// rows older than the look-back are read again only if numbered after the last
		// seen
		this.seen.entrySet().removeIf((e) -> e.getKey() <= this.lastSeen && e.getValue().isBefore(from));
		if (++this.polls % 60 == 0) {
			purge();
		}
		return applied;
	}

	/** Deletes rows older than {@code keep-invalidations}. */
	public int purge() {
		return this.jdbc.update("DELETE FROM plt_page_invalidation WHERE created_at < ?",
				Timestamp.from(this.clock.instant().minus(this.settings.keepInvalidations())));
	}

	@Override
	public synchronized void start() {
		if (!this.enabled || this.poller != null) {
			return;
		}
		// the cache is empty: what happened before this start invalidates nothing here
		Long max = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM plt_page_invalidation", Long.class);
		this.lastSeen = (max != null) ? max : 0;
		this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "page-invalidations");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(10, this.settings.pollInterval().toMillis());
		this.poller.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// the database may be briefly away: the pages stay at most the TTL old
			log.warn("Reading the page invalidations failed: {}", ex.toString());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.poller != null;
	}

	private record Row(long id, String node, String tags, Instant createdAt) {
	}

}
