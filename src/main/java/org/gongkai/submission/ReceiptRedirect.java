package org.gongkai.submission;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.View;

/**
 * Post/Redirect/Get for a form submission: 303 to its receipt page, with the cookie that
 * lets this browser, and no other, see the receipt's once-only secret (when it has one).
 * The cookie is HttpOnly, SameSite=Lax, scoped to the receipt page's path and lives as
 * long as the receipt shows the secret.
 */
public final class ReceiptRedirect {

	/** The receipt cookie's name; one per receipt, told apart by path. */
	public static final String COOKIE = "gk_receipt";

	private ReceiptRedirect() {
	}

	/**
	 * Sets the cookie and answers 303.
	 * @param submitted what the submission answered (first time or repeat)
	 * @param path the receipt page's path below the context path, ending with the token
	 * @param lifetime how long the cookie lives
	 * @return the view name of the redirect
	 */
	public static String to(Submitted submitted, String path, Duration lifetime, HttpServletRequest request,
			HttpServletResponse response) {
		String full = request.getContextPath() + path;
		if (submitted.receiptCookie() != null && submitted.secret() != null) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, submitted.receiptCookie())
				.path(full)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.maxAge(lifetime)
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:" + path;
	}

	/** Marks a receipt page as never to be cached, by the browser or anyone between. */
	public static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
	}

}
