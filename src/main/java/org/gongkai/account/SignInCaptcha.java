package org.gongkai.account;

import java.security.SecureRandom;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * The sign-in form's CAPTCHA, asked after a few failed sign-ins of a login name (see
 * {@link SignInThrottle}): a small sum in Chinese numerals, generated here and checked
 * against the answer kept in the session, so no outside service is called. The question
 * is plain text, readable by screen readers; each answer is good for one attempt.
 */
@Component
public class SignInCaptcha {

	static final String REQUIRED = SignInCaptcha.class.getName() + ".required";

	static final String ANSWER = SignInCaptcha.class.getName() + ".answer";

	/** The form field carrying the answer. */
	public static final String PARAMETER = "captcha";

	private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A new question when this browser's last sign-in asked for one, its answer kept in
	 * the session; empty otherwise.
	 */
	public Optional<String> challenge(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(REQUIRED) == null) {
			return Optional.empty();
		}
		int a = 1 + RANDOM.nextInt(10);
		int b = 1 + RANDOM.nextInt(10);
		session.setAttribute(ANSWER, Integer.toString(a + b));
		return Optional.of(NUMERALS[a] + "加" + NUMERALS[b] + "等于几？");
	}

	/** Asks for a CAPTCHA at this browser's next sign-in. */
	static void require(HttpServletRequest request) {
		request.getSession(true).setAttribute(REQUIRED, Boolean.TRUE);
	}

	/** Whether the request answers the session's question; the answer is used up. */
	static boolean solved(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Object expected = session.getAttribute(ANSWER);
		session.removeAttribute(ANSWER);
		String given = request.getParameter(PARAMETER);
		return expected != null && given != null && expected.equals(given.strip());
	}

}
