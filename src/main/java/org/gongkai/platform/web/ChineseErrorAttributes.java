package org.gongkai.platform.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reach a controller (unknown path, wrong method, security refusals)
 * still answer with a Chinese message: {@code error} holds it, replacing the English
 * reason phrase.
 */
@Component
class ChineseErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	ChineseErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		Object status = attributes.get("status");
		if (status instanceof Integer code) {
			String key = switch (code) {
				case 400 -> "error.bad-request";
				case 401 -> "error.unauthorized";
				case 403 -> "error.forbidden";
				case 404 -> "error.not-found";
				case 405 -> "error.method";
				case 413 -> "error.too-large";
				case 415 -> "error.media-type";
				case 429 -> "error.too-many";
				default -> (code >= 500) ? "error.internal" : "error.bad-request";
			};
			attributes.put("error", this.messages.getMessage(key, null, key, Locale.CHINA));
		}
		attributes.remove("trace");
		attributes.remove("exception");
		return attributes;
	}

}
