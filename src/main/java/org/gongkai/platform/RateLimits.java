package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * In-memory rate limits for public forms and login, keyed by what is limited and who asks
 * (usually the client address, as Tomcat's RemoteIpValve gives it behind a trusted proxy;
 * tracking look-ups also by tracking number). One node keeps its own buckets; a cluster
 * would keep them in Redis.
 *
 * <p>
 * The table holds at most {@link #MAX_KEYS} buckets. When a new key would pass that, the
 * buckets that have refilled are dropped first (they know nothing a fresh bucket does
 * not), then, if still more than nine tenths of the limit are held, those with the most
 * tokens left, the least recently used first among equals. A client that has used up its
 * limit is therefore the last to be forgotten: spraying new keys cannot reset it.
 */
@Component
public class RateLimits {

	/** The most buckets held. */
	static final int MAX_KEYS = 100_000;

	/** How many buckets a sweep keeps at most. */
	private static final int AFTER_SWEEP = MAX_KEYS / 10 * 9;

	/** In access order: iteration starts at the least recently used key. */
	private final LinkedHashMap<String, Limit> buckets = new LinkedHashMap<>(1024, 0.75f, true);

	/**
	 * The buckets refill by the platform's clock (in tests, only when a test moves it).
	 */
	private final TimeMeter time;

	public RateLimits(Clock clock) {
		this.time = new TimeMeter() {

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

	/** Forgets every bucket (tests and administrators use it after a lockout drill). */
	public void reset() {
		synchronized (this.buckets) {
			this.buckets.clear();
		}
	}

	/** How many buckets are held. */
	int size() {
		synchronized (this.buckets) {
			return this.buckets.size();
		}
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
