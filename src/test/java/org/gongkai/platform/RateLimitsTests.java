package org.gongkai.platform;

import java.time.Duration;

import org.gongkai.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate-limit table stays bounded under a flood of keys without forgetting the clients
 * it limits: spraying keys must not reset anybody's limit.
 */
class RateLimitsTests {

	@AfterEach
	void clockBack() {
		TestClock.INSTANCE.reset();
	}

	@Test
	void aLimitedClientStaysLimitedWhileAFloodOfNewKeysArrives() {
		RateLimits limits = new RateLimits(TestClock.INSTANCE);
		for (int i = 0; i < 3; i++) {
			assertThat(limits.tryAcquire("request-track:203.0.113.9", 3)).isTrue();
		}
		assertThat(limits.tryAcquire("request-track:203.0.113.9", 3)).isFalse();
		for (int i = 0; i <= RateLimits.MAX_KEYS + 1; i++) {
			limits.tryAcquire("request-track:spray-" + i, 3);
		}
		assertThat(limits.tryAcquire("request-track:203.0.113.9", 3)).isFalse();
		assertThat(limits.size()).isLessThanOrEqualTo(RateLimits.MAX_KEYS);
	}

	@Test
	void theTableStaysBoundedWhenEveryKeyIsLimited() {
		RateLimits limits = new RateLimits(TestClock.INSTANCE);
		for (int i = 0; i < RateLimits.MAX_KEYS + RateLimits.MAX_KEYS / 5; i++) {
			limits.tryAcquire("spray-" + i, 1);
		}
		assertThat(limits.size()).isLessThanOrEqualTo(RateLimits.MAX_KEYS);
	}

	@Test
	void aUsedUpBucketRefillsOnlyAsThePlatformsClockMoves() {
		RateLimits limits = new RateLimits(TestClock.INSTANCE);
		for (int i = 0; i < 6; i++) {
			assertThat(limits.tryAcquire("search:203.0.113.7", 6)).isTrue();
		}
		assertThat(limits.tryAcquire("search:203.0.113.7", 6)).isFalse();
		TestClock.INSTANCE.advance(Duration.ofSeconds(9));
		assertThat(limits.tryAcquire("search:203.0.113.7", 6)).as("one token back after 10 s, not 9").isFalse();
		TestClock.INSTANCE.advance(Duration.ofSeconds(1));
		assertThat(limits.tryAcquire("search:203.0.113.7", 6)).isTrue();
		assertThat(limits.tryAcquire("search:203.0.113.7", 6)).isFalse();
		TestClock.INSTANCE.advance(Duration.ofMinutes(1));
		for (int i = 0; i < 6; i++) {
			assertThat(limits.tryAcquire("search:203.0.113.7", 6)).isTrue();
		}
		assertThat(limits.tryAcquire("search:203.0.113.7", 6)).isFalse();
	}

}
