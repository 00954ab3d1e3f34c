package org.gongkai.mailbox.web;

import jakarta.servlet.http.HttpServletRequest;

/** The rate-limit keys of the public mailbox pages and API, per client address. */
final class ClientKeys {

	private ClientKeys() {
	}

	static String letters(HttpServletRequest request) {
		return "mailbox-write:" + request.getRemoteAddr();
	}

	static String lookups(HttpServletRequest request) {
		return "mailbox-track:" + request.getRemoteAddr();
	}

	static String comments(HttpServletRequest request) {
		return "mailbox-comment:" + request.getRemoteAddr();
	}

	static String votes(HttpServletRequest request) {
		return "mailbox-vote:" + request.getRemoteAddr();
	}

}
