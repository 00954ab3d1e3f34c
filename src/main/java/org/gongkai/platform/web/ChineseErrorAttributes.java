package org.gongkai.platform.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reach a controller (unknown path, wrong method, security refusals,
 * malformed requests) still answer with a Chinese message: {@code error} holds it,
 * replacing the English reason phrase, and {@code code} its message key, as in an
 * {@link ApiError}. The key follows from the status unless the request attribute
 * {@link #MESSAGE_KEY} names a more precise one.
 */
@Component
class ChineseErrorAttributes extends DefaultErrorAttributes {

	/** Request attribute: the message key of the error, when the status is not enough. */
	static final String MESSAGE_KEY = ChineseErrorAttributes.class.getName() + ".messageKey";

	/** An uploaded file's name Tomcat refuses to read (it holds NUL). */
	static final String FILE_NAME_INVALID = "upload.file-name-invalid";

	private final MessageSource messages;

	ChineseErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		Object status = attributes.get("status");
		Object precise = webRequest.getAttribute(MESSAGE_KEY, RequestAttributes.SCOPE_REQUEST);
		if (status instanceof Integer code) {
			String key = (precise instanceof String given) ? given : messageKey(code);
			attributes.put("error", this.messages.getMessage(key, null, key, Locale.CHINA));
			attributes.put("code", key);
		}
		attributes.remove("trace");
		attributes.remove("exception");
		return attributes;
	}

	/** The message key of an error status: {@code error.bad-request} for a 400. */
	static String messageKey(int status) {
		return switch (status) {
			case 400 -> "error.bad-request";
			case 401 -> "error.unauthorized";
			case 403 -> "error.forbidden";
			case 404 -> "error.not-found";
			case 405 -> "error.method";
			case 413 -> "error.too-large";
			case 415 -> "error.media-type";
			case 429 -> "error.too-many";
			default -> (status >= 500) ? "error.internal" : "error.bad-request";
		};
	}

}
