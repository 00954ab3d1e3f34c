package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;

/** The rate-limit keys of the public request pages and API, per client address. */
final class ClientAddress {

	private ClientAddress() {
	}

	static String applications(HttpServletRequest request) {
		return "request-apply:" + request.getRemoteAddr();
	}

	static String lookups(HttpServletRequest request) {
		return "request-track:" + request.getRemoteAddr();
	}

}
