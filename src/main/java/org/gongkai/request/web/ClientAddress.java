package org.gongkai.request.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.RateLimits;
import org.gongkai.request.RequestProperties;

/**
 * The rate-limit keys of the public request pages and API: per client address (as
 * Tomcat's RemoteIpValve gives it behind a trusted proxy), and for tracking look-ups also
 * per tracking number, so one case's query code cannot be guessed from many addresses.
 */
final class ClientAddress {

	/** The message key of a look-up refused for its tracking number. */
	static final String NUMBER_TOO_MANY = "request.track.number-too-many";

	/** The longest tracking number kept in a key (real ones are far shorter). */
	private static final int MAX_NUMBER = 40;

	private ClientAddress() {
	}

	static String applications(HttpServletRequest request) {
		return "request-apply:" + request.getRemoteAddr();
	}

	static String lookups(HttpServletRequest request) {
		return "request-track:" + request.getRemoteAddr();
	}

	static String number(String trackingNo) {
		String number = trackingNo.strip().toUpperCase(Locale.ROOT);
		return "request-track-no:" + number.substring(0, Math.min(number.length(), MAX_NUMBER));
	}

	/**
	 * Takes a look-up from the client's bucket and then from the tracking number's.
	 * @return {@code null} when the look-up may go ahead, else the message key of the
	 * refusal ({@code error.too-many} for the client, {@link #NUMBER_TOO_MANY} for the
	 * number)
	 */
	static String refusedLookup(RateLimits limits, RequestProperties properties, HttpServletRequest request,
			String trackingNo) {
		if (!limits.tryAcquire(lookups(request), properties.lookupsPerMinute())) {
			return "error.too-many";
		}
		if (!limits.tryAcquire(number(trackingNo), properties.lookupsPerNumberPerHour(), Duration.ofHours(1))) {
			return NUMBER_TOO_MANY;
		}
		return null;
	}

}
