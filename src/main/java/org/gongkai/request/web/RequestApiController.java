package org.gongkai.request.web;

import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.web.ApiError;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.intake.RequestTracking;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.submission.Filed;
import org.gongkai.submission.SubmissionKey;
import org.gongkai.submission.Submissions;
import org.gongkai.submission.Submitted;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API for applications: apply ({@code 201} with tracking number and query
 * code) and track ({@code 404} alike for an unknown number and a wrong code). Errors are
 * the platform's JSON errors; {@code 429} once a client address exceeds its rate, or a
 * tracking number its look-ups per hour (whoever asks). An {@code Idempotency-Key} header
 * (a UUID) files the application once: the same key with the same body answers with the
 * first answer ({@code 201}, same number and code) for 24 hours, with another body
 * {@code 422}; a malformed key {@code 400}.
 */
@RestController
class RequestApiController {

	/** API applications have their own keys: another content form than the page's. */
	static final String API_APPLICATION = "api.request.application";

	private final RequestIntake intake;

	private final RequestTracking tracking;

	private final RateLimits limits;

	private final RequestProperties properties;

	private final MessageSource messages;

	private final ReplyLetters letters;

	private final Submissions submissions;

	RequestApiController(RequestIntake intake, RequestTracking tracking, RateLimits limits,
			RequestProperties properties, MessageSource messages, ReplyLetters letters, Submissions submissions) {
		this.submissions = submissions;
		this.intake = intake;
		this.tracking = tracking;
		this.limits = limits;
		this.properties = properties;
		this.messages = messages;
		this.letters = letters;
	}

	@PostMapping("/api/v1/agencies/{creditCode}/requests")
	ResponseEntity<?> apply(@PathVariable String creditCode, @RequestBody RequestForm form,
			@RequestHeader(name = SubmissionKey.HEADER, required = false) String rawKey, HttpServletRequest request) {
		SubmissionKey key = SubmissionKey.optional(API_APPLICATION, rawKey);
		String payload = creditCode + "\n" + form;
		Optional<Submitted> earlier = (key != null) ? this.submissions.repeat(key, payload) : Optional.empty();
		if (earlier.isPresent()) {
			return created(earlier.get());
		}
		if (!this.limits.tryAcquire(ClientAddress.applications(request), this.properties.applicationsPerMinute())) {
			return tooMany();
		}
		return created(this.submissions.submit(key, payload, false, () -> {
			Receipt receipt = this.intake.apply(creditCode, form.application());
			return new Filed(receipt.trackingNo(), receipt.queryCode());
		}));
	}

	private static ResponseEntity<Receipt> created(Submitted submitted) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(submitted.reference(), submitted.secret()));
	}

	@Operation(summary = "Track an application with its query code (public, no login)",
			description = "What the tracking page shows: trackingNo; status (AWAITING_CONFIRMATION, RECEIVED, "
					+ "AWAITING_APPROVAL, CLOSED, ...); receivedOn and due (dates, Asia/Shanghai; due absent while the "
					+ "clock does not run; provisional when it may move with a holiday notice); correctionDueOn, the "
					+ "last day to send the corrected application while the office awaits one (absent otherwise), and "
					+ "correctionItems, what the correction notice asked to correct (missing, and the suggested wording "
					+ "or absent), empty unless a correction is awaited; documents, the letters released to the "
					+ "applicant (each href needs ?code=); timeline, what happened, oldest first, each with on (date), "
					+ "kind (a stable code such as submitted, received, correction-requested, extended, answered) and "
					+ "text (the line in plain Chinese words, as on the page). 404 alike for an unknown number and a "
					+ "wrong code; 429 past the look-ups per client address or per tracking number and hour.")
	@GetMapping("/api/v1/requests/{trackingNo}")
	ResponseEntity<?> track(
			@Parameter(description = "tracking number, e.g. YSQ-2026-42-00017") @PathVariable String trackingNo,
			@Parameter(description = "the query code given with the tracking number") @RequestParam(
					defaultValue = "") String code,
			HttpServletRequest request) {
		String refused = ClientAddress.refusedLookup(this.limits, this.properties, request, trackingNo);
		if (refused != null) {
			return tooMany(refused);
		}
		return ResponseEntity.ok(TrackingResponse.of(this.tracking.track(trackingNo, code),
				this.letters.released(trackingNo, code), this.messages));
	}

	private ResponseEntity<ApiError> tooMany() {
		return tooMany("error.too-many");
	}

	private ResponseEntity<ApiError> tooMany(String key) {
		String text = this.messages.getMessage(key, null, Locale.CHINA);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", "60")
			.body(new ApiError(429, text, key, null));
	}

}
