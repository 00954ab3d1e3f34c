package org.gongkai.mailbox.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.platform.RateLimits;

/**
 * The rate-limit keys of the public mailbox pages and API: per client address (as
 * Tomcat's RemoteIpValve gives it behind a trusted proxy), and for tracking look-ups also
 * per tracking number, so one letter's query code cannot be guessed from many addresses.
 */
final class ClientKeys {

	/** The message key of a look-up refused for its tracking number. */
	static final String NUMBER_TOO_MANY = "mailbox.track.number-too-many";

	private ClientKeys() {
	}

	static String letters(HttpServletRequest request) {
		return "mailbox-write:" + request.getRemoteAddr();
	}

	static String comments(HttpServletRequest request) {
		return "mailbox-comment:" + request.getRemoteAddr();
	}

	static String votes(HttpServletRequest request) {
		return "mailbox-vote:" + request.getRemoteAddr();
	}

	/**
	 * Takes a look-up from the client's bucket and then from the tracking number's
	 * ({@link RateLimits#tryLookup}).
	 * @return {@code null} when the look-up may go ahead, else the message key of the
	 * refusal ({@code error.too-many} for the client, {@link #NUMBER_TOO_MANY} for the
	 * number)
	 */
	static String refusedLookup(RateLimits limits, MailboxProperties properties, HttpServletRequest request,
			String trackingNo) {
		return switch (limits.tryLookup("mailbox-track", request.getRemoteAddr(), properties.lookupsPerMinute(),
				trackingNo, properties.lookupsPerNumberPerHour())) {
			case ALLOWED -> null;
			case CLIENT_REFUSED -> "error.too-many";
			case NUMBER_REFUSED -> NUMBER_TOO_MANY;
		};
	}

}
