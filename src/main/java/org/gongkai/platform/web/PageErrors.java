package org.gongkai.platform.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Maps exceptions from page controllers to the Chinese error pages (templates/error/*),
 * without stack traces.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception ex, HttpServletResponse response) {
		log.info("Page not found: {}", ex.getMessage());
		response.setStatus(404);
		return new ModelAndView("error/404");
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex, HttpServletResponse response) {
		log.info("Page forbidden: {}", ex.getMessage());
		response.setStatus(403);
		return new ModelAndView("error/403");
	}

	/**
	 * The database could not give the transaction its lock or a connection in time:
	 * nothing was stored; the page says so and asks the user to send it again.
	 */
	@ExceptionHandler({ PessimisticLockingFailureException.class, QueryTimeoutException.class,
			CannotCreateTransactionException.class })
	ModelAndView busy(Exception ex, HttpServletResponse response) throws Exception {
		if (DatabaseUnavailable.isCause(ex)) {
			// answered by the filter DatabaseUnavailable, without the database
			throw ex;
		}
		log.warn("Page not served, database busy: {}", ex.getMessage());
		response.setStatus(503);
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		ModelAndView view = new ModelAndView("error/5xx");
		view.addObject("busy", true);
		return view;
	}

	/**
	 * The file store (the data directory's disk or the S3-compatible bucket) could not be
	 * reached: the page says that the file could not be stored or read, and to try later.
	 */
	@ExceptionHandler(StorageUnavailableException.class)
	ModelAndView storageUnavailable(StorageUnavailableException ex, HttpServletResponse response) {
		log.warn("Page not served, file store unavailable: {}", ex.getMessage());
		response.setStatus(503);
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		ModelAndView view = new ModelAndView("error/5xx");
		view.addObject("storage", true);
		return view;
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex, HttpServletResponse response) {
		log.info("Rule violation on a page: {}", ex.getMessage());
		response.setStatus(400);
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("messageKey", ex.messageKey());
		view.addObject("messageArguments", ex.arguments());
		return view;
	}

	/**
	 * An upload over the multipart limits ({@code spring.servlet.multipart.*}) fails
	 * while the request is parsed, before any controller is chosen: 413 with the Chinese
	 * message, as JSON under {@code /api/}, as the error page elsewhere.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		return multipartRefused(413, "error.too-large", ex, request, response);
	}

	/** A multipart body that cannot be parsed: 400, not a 500. */
	@ExceptionHandler(MultipartException.class)
	ModelAndView badMultipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response) {
		return multipartRefused(400, "error.bad-request", ex, request, response);
	}

	private ModelAndView multipartRefused(int status, String key, Exception ex, HttpServletRequest request,
			HttpServletResponse response) {
		log.info("Multipart request refused ({}): {}", status, ex.getMessage());
		response.setStatus(status);
		if (originalPath(request).startsWith("/api/")) {
			JacksonJsonView json = new JacksonJsonView();
			json.setExtractValueFromSingleKeyModel(true);
			String text = this.messages.getMessage(key, null, key, Locale.CHINA);
			return new ModelAndView(json, Map.of("error", new ApiError(status, text, key, null)));
		}
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("messageKey", key);
		view.addObject("messageArguments", new Object[0]);
		return view;
	}

	/**
	 * The path the client asked for. When the request was refused before it was
	 * dispatched ({@link MalformedRequestFilter}), the multipart body fails again while
	 * the error page is dispatched: the request's path is then /error, the client's is in
	 * the error attributes.
	 */
	private static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri instanceof String original) ? original : request.getRequestURI();
		return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
	}

}
