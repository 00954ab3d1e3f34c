package org.gongkai.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle that replaces the lockout: growing windows per name and address and per
 * address, a CAPTCHA per name, nobody else's attempts affected, a bounded table.
 */
class SignInThrottleTests {

	private final MovingClock clock = new MovingClock();

	private final SignInThrottle throttle = new SignInThrottle(this.clock,
			new AccountProperties(5, 30, 3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(8), 20, 10));

	@Test
	void fiveFailuresOfANameFromAnAddressRefuseThatPairForAWindowThatDoubles() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("admin", "203.0.113.9");
			assertThat(this.throttle.throttled("admin", "203.0.113.9")).isFalse();
		}
		this.throttle.failed("admin", "203.0.113.9");
		assertThat(this.throttle.throttled("admin", "203.0.113.9")).isTrue();
		// the owner elsewhere is not refused
		assertThat(this.throttle.throttled("admin", "198.51.100.7")).isFalse();
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.throttle.throttled("admin", "203.0.113.9")).isFalse();
		this.throttle.failed("admin", "203.0.113.9");
		this.clock.advance(Duration.ofSeconds(90));
		assertThat(this.throttle.throttled("admin", "203.0.113.9")).as("second window is two minutes").isTrue();
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.throttle.throttled("admin", "203.0.113.9")).isFalse();
	}

	@Test
	void theWindowStopsGrowingAtTheMaximum() {
		for (int i = 0; i < 40; i++) {
			this.throttle.failed("admin", "203.0.113.9");
		}
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.throttle.throttled("admin", "203.0.113.9")).isTrue();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.throttle.throttled("admin", "203.0.113.9")).isFalse();
	}

	@Test
	void anAddressGuessingAcrossManyNamesIsRefused() {
		for (int i = 0; i < 30; i++) {
			this.throttle.failed("user" + i, "203.0.113.9");
		}
		assertThat(this.throttle.throttled("someone-else", "203.0.113.9")).isTrue();
		assertThat(this.throttle.throttled("someone-else", "198.51.100.7")).isFalse();
	}

	@Test
	void aNameFailingThreeTimesFromAnywhereNeedsACaptchaUntilItSignsIn() {
		this.throttle.failed("clerk", "203.0.113.1");
		this.throttle.failed("clerk", "203.0.113.2");
		assertThat(this.throttle.captchaRequired("clerk")).isFalse();
		this.throttle.failed("CLERK ", "203.0.113.3");
		assertThat(this.throttle.captchaRequired("clerk")).isTrue();
		assertThat(this.throttle.captchaRequired("other")).isFalse();
		this.throttle.succeeded("clerk", "198.51.100.7");
		assertThat(this.throttle.captchaRequired("clerk")).isFalse();
	}

	@Test
	void knownAndUnknownNamesAreCountedAlike() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("admin", "203.0.113.9");
			this.throttle.failed("no-such-user", "203.0.113.10");
		}
		assertThat(this.throttle.throttled("admin", "203.0.113.9"))
			.isEqualTo(this.throttle.throttled("no-such-user", "203.0.113.10"))
			.isTrue();
	}

	@Test
	void theTableIsBoundedWithoutForgettingTheRecentKeys() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("admin", "203.0.113.9");
		}
		for (int i = 0; i < SignInThrottle.MAX_ENTRIES; i++) {
			this.throttle.failed("flood", "10.0." + (i / 250) + "." + (i % 250));
			if (i % 1000 == 0) {
				// the attacked pair stays in use
				this.throttle.throttled("admin", "203.0.113.9");
				this.throttle.failed("admin", "203.0.113.9");
			}
		}
		assertThat(this.throttle.size()).isLessThanOrEqualTo(SignInThrottle.MAX_ENTRIES);
		assertThat(this.throttle.throttled("admin", "203.0.113.9")).isTrue();
	}

	@Test
	void countersAreForgottenADayAfterTheLastFailure() {
		this.throttle.failed("clerk", "203.0.113.1");
		this.throttle.failed("clerk", "203.0.113.1");
		this.throttle.failed("clerk", "203.0.113.1");
		this.clock.advance(Duration.ofHours(25));
		assertThat(this.throttle.captchaRequired("clerk")).isFalse();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-06-15T02:00:00Z");

		void advance(Duration amount) {
			this.now = this.now.plus(amount);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
