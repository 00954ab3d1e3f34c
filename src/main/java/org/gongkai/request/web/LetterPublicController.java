package org.gongkai.request.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.web.ApiError;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.letters.LetterFormat;
import org.gongkai.request.letters.ReplyLetters;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Downloads of the letters released to an applicant, with the tracking number and query
 * code: from the tracking page (a form post, so the code stays out of the address) and
 * through the API ({@code GET /api/v1/requests/{trackingNo}/letters/{id}.pdf?code=...}).
 * Every attempt counts against the client's tracking rate limit, so codes cannot be
 * guessed faster than by tracking; a wrong code and an unknown letter give the same 404.
 */
@Controller
class LetterPublicController {

	private final ReplyLetters letters;

	private final RateLimits limits;

	private final RequestProperties properties;

	private final MessageSource messages;

	LetterPublicController(ReplyLetters letters, RateLimits limits, RequestProperties properties,
			MessageSource messages) {
		this.letters = letters;
		this.limits = limits;
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * The tracking page's download button: the file, or the tracking page again with the
	 * reason (404 for a wrong number or code, 429 over the rate).
	 */
	@PostMapping("/requests/track/letters/{letterId}")
	ModelAndView download(@PathVariable long letterId, @RequestParam(defaultValue = "") String trackingNo,
			@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return TrackingDownloads.send(this.limits, this.properties, trackingNo,
				() -> LetterDownloads.of(this.letters.releasedFile(trackingNo, code, letterId, LetterFormat.PDF)),
				request, response);
	}

	@GetMapping("/api/v1/requests/{trackingNo}/letters/{letterId}.{extension}")
	ResponseEntity<?> apiDownload(@PathVariable String trackingNo, @PathVariable long letterId,
			@PathVariable String extension, @RequestParam(defaultValue = "") String code, HttpServletRequest request) {
		LetterFormat format = LetterFormat.ofExtension(extension).orElse(null);
		if (format == null) {
			return error(HttpStatus.NOT_FOUND, "error.not-found");
		}
		return file(trackingNo, code, letterId, format, request);
	}

	private ResponseEntity<?> file(String trackingNo, String code, long letterId, LetterFormat format,
			HttpServletRequest request) {
		String refused = ClientAddress.refusedLookup(this.limits, this.properties, request, trackingNo);
		if (refused != null) {
			return error(HttpStatus.TOO_MANY_REQUESTS, refused);
		}
		try {
			return LetterDownloads.of(this.letters.releasedFile(trackingNo, code, letterId, format));
		}
		catch (NotFoundException ex) {
			return error(HttpStatus.NOT_FOUND, "request.track.not-found");
		}
	}

	private ResponseEntity<ApiError> error(HttpStatus status, String key) {
		String text = this.messages.getMessage(key, null, key, Locale.CHINA);
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			builder.header("Retry-After", "60");
		}
		return builder.body(new ApiError(status.value(), text, key, null));
	}

}
