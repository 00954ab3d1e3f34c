package org.gongkai.portal.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.platform.web.DisplayPreference;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Switches the display mode (适老化): a plain link (or form) sets a cookie for a year and
 * returns to the page it came from, so the mode works without JavaScript and without a
 * session. The cookie holds a preference only, nothing about the reader.
 */
@Controller
class DisplayController {

	static final String STANDARD = "standard";

	static final Duration LIFETIME = Duration.ofDays(365);

	@GetMapping("/display")
	String switchByLink(@RequestParam(required = false) String mode, @RequestParam(required = false) String back,
			HttpServletResponse response) {
		return switchTo(mode, back, response);
	}

	@PostMapping("/display")
	String switchByForm(@RequestParam(required = false) String mode, @RequestParam(required = false) String back,
			HttpServletResponse response) {
		return switchTo(mode, back, response);
	}

	private static String switchTo(String mode, String back, HttpServletResponse response) {
		boolean elder = DisplayPreference.ELDER.equals(mode);
		if (!elder && !STANDARD.equals(mode)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown display mode");
		}
		ResponseCookie cookie = ResponseCookie.from(DisplayPreference.COOKIE, elder ? DisplayPreference.ELDER : "")
			.path("/")
			.maxAge(elder ? LIFETIME : Duration.ZERO)
			.httpOnly(true)
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return "redirect:" + localPath(back);
	}

	/**
	 * The page to return to: a path on this site only (never another host, so the switch
	 * cannot be used to send readers elsewhere), else the home page.
	 */
	static String localPath(String back) {
		if (back == null || back.isEmpty() || back.length() > 2000 || back.charAt(0) != '/' || back.startsWith("//")
				|| back.chars().anyMatch((c) -> c < 0x21 || c == '\\' || c == 0x7f || c == '{' || c == '}')) {
			return "/";
		}
		return back;
	}

}
