package org.gongkai.platform.web;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * When the database cannot be reached, a request waits no longer than the pool's
 * connection time-out ({@code spring.datasource.hikari.connection-timeout}, 3 s) and is
 * answered 503 with a {@code Retry-After}: JSON {@code error.database-unavailable} under
 * {@code /api/}, the Chinese page elsewhere. Controllers' errors reach {@link ApiErrors}
 * and {@link PageErrors}, which ask {@link #isCause}; this filter catches what fails
 * outside them (sessions kept in the database, sign-in, rate limits in cluster mode) and
 * writes the answer itself: the error page would need the database again (the session,
 * the signed-in user). It runs before every filter that may use the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailable extends OncePerRequestFilter {

	/** The message key (and the API's code) of the answer. */
	static final String KEY = "error.database-unavailable";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final MessageSource messages;

	private final byte[] page;

	DatabaseUnavailable(MessageSource messages) {
		this.messages = messages;
		this.page = page(messages);
	}

	/**
	 * The Chinese page, put together once from the messages: the page's template would
	 * render the header, which asks for the signed-in user, kept in the database.
	 */
	private static byte[] page(MessageSource messages) {
		String title = HtmlUtils
			.htmlEscape(messages.getMessage("error.database-unavailable.title", null, Locale.CHINA));
		String text = HtmlUtils.htmlEscape(messages.getMessage(KEY, null, Locale.CHINA));
		String home = HtmlUtils.htmlEscape(messages.getMessage("error.back-home", null, Locale.CHINA));
		String app = HtmlUtils.htmlEscape(messages.getMessage("app.name", null, Locale.CHINA));
		return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + "<title>" + title + " - "
				+ app + "</title><link rel=\"stylesheet\" href=\"/css/gongkai.css\"></head>"
				+ "<body><main id=\"main\" class=\"wrap\"><h1>" + title + "</h1><p class=\"error\">" + text
				+ "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Whether {@code failure} comes from a database that cannot be reached: no connection
	 * in time, a refused or broken connection (SQL state class 08).
	 */
	static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof CannotGetJdbcConnectionException || cause instanceof ConnectException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Request {} not served, database unavailable: {}", request.getRequestURI(), ex.toString());
			answer(request, response);
		}
	}

	/** Writes the 503 answer: JSON under {@code /api/}, the Chinese page elsewhere. */
	void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, "10");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			String text = this.messages.getMessage(KEY, null, KEY, Locale.CHINA);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(new ApiError(503, text, KEY, null)));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.getOutputStream().write(this.page);
	}

}
