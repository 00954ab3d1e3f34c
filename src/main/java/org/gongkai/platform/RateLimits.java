package org.gongkai.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * In-memory rate limits for public forms and login, keyed by what is limited and who asks
 * (usually the client address). One node keeps its own buckets; a cluster would keep them
 * in Redis.
 */
@Component
public class RateLimits {

	/**
	 * Past this many keys the table is cleared: a flood of addresses must not exhaust
	 * memory.
	 */
	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/**
	 * Takes one token from the bucket of {@code key}.
	 * @param key what is limited and for whom, e.g. {@code "login:203.0.113.9"}
	 * @param perMinute how many attempts a minute the key may make
	 * @return whether the attempt may go ahead
	 */
	public boolean tryAcquire(String key, int perMinute) {
		if (this.buckets.size() > MAX_KEYS) {
			this.buckets.clear();
		}
		Bucket bucket = this.buckets.computeIfAbsent(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		return bucket.tryConsume(1);
	}

	/** Forgets every bucket (tests and administrators use it after a lockout drill). */
	public void reset() {
		this.buckets.clear();
	}

}
