package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * In-memory rate limits for public forms and login, keyed by what is limited and who asks
 * (usually the client address, as Tomcat's RemoteIpValve gives it behind a trusted proxy;
 * tracking look-ups also by tracking number). A single node keeps its own buckets; in
 * cluster mode ({@code gongkai.cluster.enabled}) every bucket is a row of the shared
 * database ({@link JdbcBuckets}), so a limit counts the attempts on all nodes together.
 *
 * <p>
 * The table holds at most {@link #MAX_KEYS} buckets. When a new key would pass that, the
 * buckets that have refilled are dropped first (they know nothing a fresh bucket does
 * not), then, if still more than nine tenths of the limit are held, those with the most
 * tokens left, the least recently used first among equals. A client that has used up its
 * limit is therefore the last to be forgotten: spraying new keys cannot reset it. (The
 * database's table is not bounded so: a row goes once its bucket has refilled.)
 */
@Component
public class RateLimits {

	/** What a limit's name looks like: the fixed prefixes the callers write. */
	private static final Pattern LIMIT_NAME = Pattern.compile("[a-z][a-z0-9-]*");

	/** The most buckets held. */
	static final int MAX_KEYS = 100_000;

	/** The longest key the database's table holds as it is. */
	private static final int MAX_SHARED_KEY = 190;

	/** How many buckets a sweep keeps at most. */
	private static final int AFTER_SWEEP = MAX_KEYS / 10 * 9;

	/** In access order: iteration starts at the least recently used key. */
	private final LinkedHashMap<String, Limit> buckets = new LinkedHashMap<>(1024, 0.75f, true);

	/**
	 * The buckets refill by the platform's clock (in tests, only when a test moves it).
	 */
	private final TimeMeter time;

	/** The cluster's buckets in the database, or {@code null} on a single node. */
	private final JdbcBuckets shared;

	/** Where refusals are counted, or {@code null}. */
	private final MeterRegistry meters;

	/** The refusal counters by limit name (a fixed few: the keys' prefixes). */
	private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

	public RateLimits(Clock clock) {
		this(clock, (JdbcBuckets) null, null);
	}

	@Autowired
	RateLimits(Clock clock, ObjectProvider<JdbcBuckets> shared, ObjectProvider<MeterRegistry> meters) {
		this(clock, shared.getIfAvailable(), meters.getIfAvailable());
	}

	private RateLimits(Clock clock, JdbcBuckets shared, MeterRegistry meters) {
		this.time = timeMeter(clock);
		this.shared = shared;
		this.meters = meters;
	}

	/** Bucket4j's time, read from the platform's clock. */
	static TimeMeter timeMeter(Clock clock) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/**
	 * Takes one token from the bucket of {@code key}, which refills at {@code perMinute}
	 * tokens a minute.
	 * @param key what is limited and for whom, e.g. {@code "login:203.0.113.9"}
	 * @param perMinute how many attempts a minute the key may make
	 * @return whether the attempt may go ahead
	 */
	public boolean tryAcquire(String key, int perMinute) {
		return tryAcquire(key, perMinute, Duration.ofMinutes(1));
	}

	/**
	 * Takes one token from the bucket of {@code key}, which holds {@code capacity} tokens
	 * and refills them evenly over {@code period}.
	 * @param key what is limited and for whom, e.g.
	 * {@code "request-track-no:YSQ-2026-3-7"}
	 * @param capacity how many attempts the key may make per period
	 * @param period the time in which a used-up bucket fills again
	 * @return whether the attempt may go ahead
	 */
	public boolean tryAcquire(String key, int capacity, Duration period) {
		boolean allowed = take(key, capacity, period);
		if (!allowed) {
			refused(key);
		}
		return allowed;
	}

	private boolean take(String key, int capacity, Duration period) {
		if (this.shared != null) {
			return this.shared.builder().build(sharedKey(key), () -> configuration(capacity, period)).tryConsume(1);
		}
		Bucket bucket;
		synchronized (this.buckets) {
			Limit limit = this.buckets.get(key);
			if (limit == null) {
				if (this.buckets.size() >= MAX_KEYS) {
					sweep();
				}
				limit = new Limit(Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
					.withCustomTimePrecision(this.time)
					.build(), capacity);
				this.buckets.put(key, limit);
			}
			bucket = limit.bucket();
		}
		return bucket.tryConsume(1);
	}

	/** What a tracking look-up ran into. */
	public enum Lookup {

		/** Neither limit: the look-up may go ahead. */
		ALLOWED,
		/** The client address used up its look-ups of the minute. */
		CLIENT_REFUSED,
		/** The tracking number used up its look-ups of the hour, from all addresses. */
		NUMBER_REFUSED

	}

	/** The longest tracking number kept in a key (real ones are far shorter). */
	private static final int MAX_NUMBER = 40;

	/**
	 * A tracking look-up: one token from the client address's bucket ({@code perMinute}),
	 * then one from the tracking number's ({@code perHour} from all addresses together),
	 * so one case's query code cannot be guessed from many addresses. The number is
	 * stripped and upper-cased as the look-up reads it.
	 * @param scope what is tracked, e.g. {@code "request-track"}; the keys are
	 * {@code scope:address} and {@code scope-no:NUMBER}
	 */
	public Lookup tryLookup(String scope, String clientAddress, int perMinute, String trackingNo, int perHour) {
		if (!tryAcquire(scope + ":" + clientAddress, perMinute)) {
			return Lookup.CLIENT_REFUSED;
		}
		String number = trackingNo.strip().toUpperCase(Locale.ROOT);
		number = number.substring(0, Math.min(number.length(), MAX_NUMBER));
		return tryAcquire(scope + "-no:" + number, perHour, Duration.ofHours(1)) ? Lookup.ALLOWED
				: Lookup.NUMBER_REFUSED;
	}

	/**
	 * Counts a refusal as {@code gongkai_rate_limit_refusals_total{limit=...}}: the limit
	 * is the key's prefix up to the first colon ({@code sign-in}, {@code request-track},
	 * {@code request-track-no}, …), never the client's address.
	 */
	private void refused(String key) {
		if (this.meters == null) {
			return;
		}
		int colon = key.indexOf(':');
		String name = (colon > 0 && colon <= 40) ? key.substring(0, colon) : "other";
		if (!LIMIT_NAME.matcher(name).matches()) {
			name = "other";
		}
		this.refusals
			.computeIfAbsent(name,
					(limit) -> Counter.builder("gongkai.rate.limit.refusals")
						.description("Requests refused by a rate limit, by limit")
						.tag("limit", limit)
						.register(this.meters))
			.increment();
	}

	/** Forgets every bucket (tests and administrators use it after a lockout drill). */
	public void reset() {
		if (this.shared != null) {
			this.shared.removeAll();
		}
		synchronized (this.buckets) {
			this.buckets.clear();
		}
	}

	/** How many buckets are held. */
	int size() {
		if (this.shared != null) {
			return this.shared.size();
		}
		synchronized (this.buckets) {
			return this.buckets.size();
		}
	}

	private static BucketConfiguration configuration(int capacity, Duration period) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

	/** The row's key: the key itself, or its SHA-256 when longer than the column. */
	private static String sharedKey(String key) {
		return (key.length() <= MAX_SHARED_KEY) ? key : "sha256:" + Sha256.hex(key);
	}

	/** Called with the lock held. */
	private void sweep() {
		this.buckets.values().removeIf((limit) -> limit.bucket().getAvailableTokens() >= limit.capacity());
		if (this.buckets.size() <= AFTER_SWEEP) {
			return;
		}
		Held[] held = new Held[this.buckets.size()];
		int i = 0;
		for (Map.Entry<String, Limit> entry : this.buckets.entrySet()) {
			Limit limit = entry.getValue();
			held[i++] = new Held(entry.getKey(), (double) limit.bucket().getAvailableTokens() / limit.capacity());
		}
		// stable: among equals the least recently used comes first
		Arrays.sort(held, Comparator.comparingDouble(Held::left).reversed());
		for (int next = 0; this.buckets.size() > AFTER_SWEEP; next++) {
			this.buckets.remove(held[next].key());
		}
	}

	private record Limit(Bucket bucket, int capacity) {
	}

	private record Held(String key, double left) {
	}

}
