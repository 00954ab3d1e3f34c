package org.gongkai.mailbox.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.LetterReceipt;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.ReplyVisibility;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.mailbox.letter.LetterStatus;
import org.gongkai.mailbox.letter.LetterTracking;
import org.gongkai.mailbox.letter.Rating;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.web.ApiError;
import org.gongkai.submission.Filed;
import org.gongkai.submission.SubmissionKey;
import org.gongkai.submission.Submissions;
import org.gongkai.submission.Submitted;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

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
 * The public JSON API for letters: write ({@code 201} with tracking number and query
 * code; the same fields, checks and rate limit as the form) and track ({@code 404} alike
 * for an unknown number and a wrong code). Errors are the platform's JSON errors;
 * {@code 429} once a client address exceeds its rate. An {@code Idempotency-Key} header
 * (a UUID) files the letter once: the same key with the same body answers with the first
 * answer for 24 hours, with another body {@code 422}; a malformed key {@code 400}.
 */
@RestController
class LetterApiController {

	/** API letters have their own keys: another content form than the page's. */
	static final String API_LETTER = "api.mailbox.letter";

	private final LetterIntake intake;

	private final RateLimits limits;

	private final MailboxProperties properties;

	private final MessageSource messages;

	private final Submissions submissions;

	LetterApiController(LetterIntake intake, RateLimits limits, MailboxProperties properties, MessageSource messages,
			Submissions submissions) {
		this.submissions = submissions;
		this.intake = intake;
		this.limits = limits;
		this.properties = properties;
		this.messages = messages;
	}

	@Operation(summary = "Write a letter to an agency's mailbox (public, no login)",
			description = "Fields as the form: type CONSULTATION, COMPLAINT, REPORT or SUGGESTION; subject (at most 100 "
					+ "characters) and body (at most 3000), plain text without markup or control characters; name (at "
					+ "most 60, never published); phone or email (one required); publicConsent (whether letter and reply "
					+ "may be published, masked); mailboxId (optional, an active mailbox of the agency, else its general "
					+ "mailbox). 201 with trackingNo and queryCode once stored; the code is shown only this once. 400 "
					+ "names the field in code (mailbox.<field>.<problem>); 404 for an unknown agency; 429 past "
					+ "gongkai.mailbox.letters-per-minute per client address (form and API together). With an "
					+ "Idempotency-Key header (a UUID) the letter is filed once: the same key with the same body answers "
					+ "with the first answer (201, same number and code) for 24 hours, with another body 422; a malformed "
					+ "key 400.")
	@PostMapping("/api/v1/agencies/{creditCode}/letters")
	ResponseEntity<?> write(
			@Parameter(description = "unified social credit code of the agency") @PathVariable String creditCode,
			@RequestBody LetterForm form,
			@Parameter(description = "a UUID naming this letter: a retry with it files nothing new") @RequestHeader(
					name = SubmissionKey.HEADER, required = false) String rawKey,
			HttpServletRequest request) {
		SubmissionKey key = SubmissionKey.optional(API_LETTER, rawKey);
		String payload = creditCode + "\n" + form;
		Optional<Submitted> earlier = (key != null) ? this.submissions.repeat(key, payload) : Optional.empty();
		if (earlier.isPresent()) {
			return created(earlier.get());
		}
		if (!this.limits.tryAcquire(ClientKeys.letters(request), this.properties.lettersPerMinute())) {
			return tooMany();
		}
		return created(this.submissions.submit(key, payload, false, () -> {
			LetterReceipt receipt = this.intake.write(creditCode, form);
			return new Filed(receipt.trackingNo(), receipt.queryCode());
		}));
	}

	private static ResponseEntity<LetterReceipt> created(Submitted submitted) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new LetterReceipt(submitted.reference(), submitted.secret()));
	}

	@Operation(summary = "Track a letter with its query code (public, no login)",
			description = "Status (RECEIVED, ASSIGNED, REPLIED, CONVERTED), the agency now handling it and the agencies "
					+ "it was forwarded to, the day of receipt, the reply deadline (a date, Asia/Shanghai; provisional "
					+ "when it crosses a year without a holiday notice), the reply (public or private) and the request "
					+ "case it became, if any. 404 alike for an unknown number and a wrong code; 429 past "
					+ "gongkai.mailbox.lookups-per-minute per client address or gongkai.mailbox.lookups-per-number-per-hour per "
					+ "tracking number.")
	@GetMapping("/api/v1/letters/{trackingNo}")
	ResponseEntity<?> track(
			@Parameter(description = "tracking number, e.g. XJ-2026-42-00017") @PathVariable String trackingNo,
			@Parameter(description = "the query code given with the tracking number") @RequestParam(
					defaultValue = "") String code,
			HttpServletRequest request) {
		String refused = ClientKeys.refusedLookup(this.limits, this.properties, request, trackingNo);
		if (refused != null) {
			return tooMany(refused);
		}
		return ResponseEntity.ok(TrackingBody.of(this.intake.track(trackingNo, code)));
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

	/**
	 * What the API answers to a tracking look-up.
	 *
	 * @param agency the agency now handling the letter
	 * @param forwards the agencies it was forwarded to, in order
	 * @param reply the reply, or {@code null} while none
	 */
	record TrackingBody(String trackingNo, LetterType type, String subject, LetterStatus status, String agency,
			LocalDate receivedOn, LocalDate due, boolean provisional, List<String> forwards, Reply reply,
			String requestTrackingNo) {

		static TrackingBody of(LetterTracking t) {
			List<String> forwards = t.steps()
				.stream()
				.filter((s) -> s.toAgency() != null)
				.map((s) -> s.toAgency())
				.toList();
			Reply reply = (t.replyText() != null) ? new Reply(t.replyText(), t.visibility(), t.repliedOn(), t.rating())
					: null;
			return new TrackingBody(t.trackingNo(), t.type(), t.subject(), t.status(), t.agencyName(), t.receivedOn(),
					t.due(), t.provisional(), forwards, reply, t.requestTrackingNo());
		}

	}

	/** A reply as the API gives it to the writer. */
	record Reply(String text, ReplyVisibility visibility, LocalDate repliedOn, Rating rating) {

	}

}
