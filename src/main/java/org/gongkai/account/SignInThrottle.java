package org.gongkai.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock an account's owner out (issue 13
 * §3). Failed sign-ins are counted per typed login name and client address, per client
 * address, and per typed login name; a known or unknown name is counted alike, so the
 * answers reveal nothing about which names exist.
 * <ul>
 * <li>After {@code pairFailures} failures of one name from one address, further attempts
 * of that pair are refused for a window that doubles with every further failure (from
 * {@code throttleBase} up to {@code throttleMax}); the owner at another address is not
 * affected.</li>
 * <li>After {@code addressFailures} failures from one address across all names, the same
 * holds for that address (password spraying).</li>
 * <li>After {@code captchaAfter} failures of one name from anywhere, the sign-in form
 * asks for a CAPTCHA for that name: the owner can still sign in, a guesser must solve one
 * per attempt.</li>
 * </ul>
 * A refused attempt is answered at once (nobody's thread sleeps) and is not counted. A
 * successful sign-in clears the counters of its name and pair. The table holds at most
 * {@link #MAX_ENTRIES} keys: past that the least recently touched ones are forgotten one
 * by one, never the whole table. The time comes from the injected clock. One node keeps
 * its own counters.
 */
@Component
class SignInThrottle {

	/** Keys kept at most; the least recently touched go first. */
	static final int MAX_ENTRIES = 50_000;

	/** Counters untouched for this long are forgotten. */
	static final Duration FORGET_AFTER = Duration.ofHours(24);

	private final Clock clock;

	private final AccountProperties properties;

	private final Map<String, Counter> counters = new LinkedHashMap<>(1024, 0.75f, true);

	SignInThrottle(Clock clock, AccountProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Whether an attempt of {@code username} from {@code address} must be refused now.
	 */
	synchronized boolean throttled(String username, String address) {
		Instant now = this.clock.instant();
		return blocked(pairKey(username, address), now) || blocked(addressKey(address), now);
	}

	/** Whether the sign-in form must ask for a CAPTCHA before checking this name. */
	synchronized boolean captchaRequired(String username) {
		Counter counter = this.counters.get(nameKey(username));
		return counter != null && counter.failures >= this.properties.captchaAfter()
				&& !forgotten(counter, this.clock.instant());
	}

	/** Counts a failed attempt (wrong password, or unknown name). */
	synchronized void failed(String username, String address) {
		Instant now = this.clock.instant();
		count(pairKey(username, address), this.properties.pairFailures(), now);
		count(addressKey(address), this.properties.addressFailures(), now);
		count(nameKey(username), Integer.MAX_VALUE, now);
	}

	/** Clears the name's counters after a successful sign-in. */
	synchronized void succeeded(String username, String address) {
		this.counters.remove(pairKey(username, address));
		this.counters.remove(nameKey(username));
	}

	/** How many keys are held (for tests of the bound). */
	synchronized int size() {
		return this.counters.size();
	}

	private boolean blocked(String key, Instant now) {
		Counter counter = this.counters.get(key);
		return counter != null && counter.blockedUntil != null && counter.blockedUntil.isAfter(now);
	}

	private boolean forgotten(Counter counter, Instant now) {
		return !counter.last.plus(FORGET_AFTER).isAfter(now);
	}

	private void count(String key, int freeFailures, Instant now) {
		Counter counter = this.counters.get(key);
		if (counter == null || forgotten(counter, now)) {
			counter = new Counter();
			this.counters.put(key, counter);
		}
		counter.failures++;
		counter.last = now;
		if (counter.failures >= freeFailures) {
			counter.blockedUntil = now.plus(window(counter.failures - freeFailures));
		}
		trim();
	}

	/** The throttle window after {@code excess} failures over the free ones: doubling. */
	private Duration window(int excess) {
		Duration base = this.properties.throttleBase();
		Duration max = this.properties.throttleMax();
		if (excess >= 30) {
			return max;
		}
		Duration window = base.multipliedBy(1L << excess);
		return (window.compareTo(max) > 0) ? max : window;
	}

	private void trim() {
		Iterator<Map.Entry<String, Counter>> eldest = this.counters.entrySet().iterator();
		while (this.counters.size() > MAX_ENTRIES && eldest.hasNext()) {
			eldest.next();
			eldest.remove();
		}
	}

	private static String pairKey(String username, String address) {
		return "pair:" + name(username) + "|" + address;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static String nameKey(String username) {
		return "name:" + name(username);
	}

	/** The typed name as it is looked up: stripped, lower case, at most 50 characters. */
	private static String name(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > 50) ? name.substring(0, 50) : name;
	}

	private static final class Counter {

		int failures;

		Instant last;

		Instant blockedUntil;

	}

}
