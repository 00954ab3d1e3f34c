package org.gongkai.publication.web;

import java.util.Locale;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ApiError;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

/**
 * A field of an API body that breaks a rule: answered like any rule violation (400, the
 * Chinese text, the message key as code) and naming the field as the client sent it.
 */
final class InvalidField extends RuleViolationException {

	private final String field;

	InvalidField(String field, RuleViolationException problem) {
		super(problem.messageKey(), problem.getMessage(), problem.arguments());
		this.field = field;
	}

	String field() {
		return this.field;
	}

	/** The JSON error of this problem. */
	ResponseEntity<ApiError> answer(MessageSource messages) {
		String text = messages.getMessage(messageKey(), arguments(), messageKey(), Locale.CHINA);
		return ResponseEntity.status(status()).body(new ApiError(status(), text, messageKey(), this.field));
	}

}
