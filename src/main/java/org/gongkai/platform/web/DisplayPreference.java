package org.gongkai.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reader's display preference, kept in a cookie so that it works without JavaScript
 * and without a session: the large-text, high-contrast mode for elderly and low-vision
 * readers (适老化) or the standard one. The portal sets it; the page cache keeps the pages
 * of each mode apart.
 */
public final class DisplayPreference {

	/** The cookie's name. */
	public static final String COOKIE = "gongkai-display";

	/** The cookie's value in the large-text, high-contrast mode. */
	public static final String ELDER = "elder";

	private DisplayPreference() {
	}

	/** Whether the request asks for the large-text, high-contrast mode. */
	public static boolean elder(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && ELDER.equals(cookie.getValue())) {
				return true;
			}
		}
		return false;
	}

}
