package org.gongkai.platform.web;

import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Maps exceptions from API controllers to a JSON {@link ApiError}: a 4xx with a Chinese
 * message for bad input, never a stack trace; the English detail goes to the log.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "error.not-found", null, ex);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ApiError> forbidden(ForbiddenException ex) {
		return error(HttpStatus.FORBIDDEN, "error.forbidden", null, ex);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ApiError> ruleViolation(RuleViolationException ex) {
		log.info("Rule violation: {}", ex.getMessage());
		String text = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), Locale.CHINA);
		return ResponseEntity.status(ex.status()).body(new ApiError(ex.status(), text, ex.messageKey(), null));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
		return error(HttpStatus.BAD_REQUEST, "error.parameter-missing", ex.getParameterName(), ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, "error.parameter-invalid", ex.getName(), ex);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "error.body-unreadable", null, ex);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.media-type", null, ex);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex) {
		FieldError field = ex.getBindingResult().getFieldError();
		String name = (field != null) ? field.getField() : null;
		String text = (field != null) ? this.messages.getMessage(field, Locale.CHINA)
				: message("error.parameter-invalid");
		log.info("Invalid API input: {}", ex.getMessage());
		return ResponseEntity.badRequest().body(new ApiError(400, text, "error.parameter-invalid", name));
	}

	@ExceptionHandler({ HandlerMethodValidationException.class, ConstraintViolationException.class })
	ResponseEntity<ApiError> invalidParameters(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "error.parameter-invalid", null, ex);
	}

	/** A header value the firewall refuses (control characters), read by a handler. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ApiError> rejected(RequestRejectedException ex) {
		return error(HttpStatus.BAD_REQUEST, "error.parameter-invalid", null, ex);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.CONTENT_TOO_LARGE, "error.too-large", null, ex);
	}

	/**
	 * The database could not give the transaction its lock or a connection in time (a
	 * long transaction holds the audit chain's head): nothing was stored, and the client
	 * may send the same request again.
	 */
	@ExceptionHandler({ PessimisticLockingFailureException.class, QueryTimeoutException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<ApiError> busy(Exception ex) {
		if (DatabaseUnavailable.isCause(ex)) {
			return databaseUnavailable(ex);
		}
		log.warn("API request not served, database busy: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(new ApiError(503, message("error.busy"), "error.busy", null));
	}

	/**
	 * The file store (the data directory's disk or the S3-compatible bucket) could not be
	 * reached: a file was neither stored nor read; the client may try again later.
	 */
	@ExceptionHandler(StorageUnavailableException.class)
	ResponseEntity<ApiError> storageUnavailable(StorageUnavailableException ex) {
		log.warn("API request not served, file store unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(new ApiError(503, message("error.storage-unavailable"), "error.storage-unavailable", null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (DatabaseUnavailable.isCause(ex)) {
			return databaseUnavailable(ex);
		}
		log.error("Unexpected API error", ex);
		return ResponseEntity.internalServerError()
			.body(new ApiError(500, message("error.internal"), "error.internal", null));
	}

	/** The database cannot be reached: nothing was stored; try again later. */
	private ResponseEntity<ApiError> databaseUnavailable(Exception ex) {
		log.warn("API request not served, database unavailable: {}", ex.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "10")
			.body(new ApiError(503, message(DatabaseUnavailable.KEY), DatabaseUnavailable.KEY, null));
	}

	private ResponseEntity<ApiError> error(HttpStatus status, String key, String field, Exception ex) {
		log.info("API request refused ({}): {}", status.value(), ex.getMessage());
		return ResponseEntity.status(status).body(new ApiError(status.value(), message(key), key, field));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, Locale.CHINA);
	}

}
