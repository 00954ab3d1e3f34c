package org.gongkai.request.web;

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

	private ClientAddress() {
	}

	static String applications(HttpServletRequest request) {
		return "request-apply:" + request.getRemoteAddr();
	}

	/**
	 * Takes a look-up from the client's bucket and then from the tracking number's
	 * ({@link RateLimits#tryLookup}).
	 * @return {@code null} when the look-up may go ahead, else the message key of the
	 * refusal ({@code error.too-many} for the client, {@link #NUMBER_TOO_MANY} for the
	 * number)
	 */
	static String refusedLookup(RateLimits limits, RequestProperties properties, HttpServletRequest request,
			String trackingNo) {
		return switch (limits.tryLookup("request-track", request.getRemoteAddr(), properties.lookupsPerMinute(),
				trackingNo, properties.lookupsPerNumberPerHour())) {
			case ALLOWED -> null;
			case CLIENT_REFUSED -> "error.too-many";
			case NUMBER_REFUSED -> NUMBER_TOO_MANY;
		};
	}

}
