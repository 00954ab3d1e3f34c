package org.gongkai.privacy.web;

import java.util.List;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.PrivacyScanner;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scan API for staff ({@code /api/v1/admin/**} needs a token): finds personal data
 * and secrecy markings in a text before it is published.
 */
@RestController
class ScanApiController {

	/** The longest text scanned in one request, in chars. */
	static final int MAX_TEXT_LENGTH = 2_000_000;

	private final PrivacyScanner scanner;

	ScanApiController(PrivacyScanner scanner) {
		this.scanner = scanner;
	}

	/**
	 * Scans {@code {"text":"..."}} and answers
	 * {@code {"findings":[{"type","start","end","masked"}]}}, sorted by start, with Java
	 * (UTF-16) indices, end exclusive.
	 * @throws RuleViolationException if the text is missing or longer than
	 * {@value #MAX_TEXT_LENGTH} chars
	 */
	// No 'consumes': another content type then fails while reading the body, inside the
	// handler, so ApiErrors answers its JSON 415 rather than a bare one from the mapping
	@PostMapping("/api/v1/admin/scan")
	ScanResult scan(@RequestBody ScanRequest request) {
		if (request == null || request.text() == null) {
			throw new RuleViolationException("privacy.scan.text-missing", "No text to scan");
		}
		if (request.text().length() > MAX_TEXT_LENGTH) {
			throw new RuleViolationException("privacy.scan.text-too-long",
					"Text of " + request.text().length() + " chars is too long to scan",
					String.valueOf(MAX_TEXT_LENGTH));
		}
		return new ScanResult(this.scanner.scan(request.text()));
	}

	/** The request body: the text to scan. */
	record ScanRequest(String text) {
	}

	/** The answer: what was found, sorted by start. */
	record ScanResult(List<Finding> findings) {
	}

}
