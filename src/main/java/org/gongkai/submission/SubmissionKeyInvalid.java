package org.gongkai.submission;

import org.gongkai.platform.RuleViolationException;

/**
 * A form sent a missing or malformed idempotency key, or an API call a malformed
 * {@code Idempotency-Key} header (400).
 */
public class SubmissionKeyInvalid extends RuleViolationException {

	SubmissionKeyInvalid(String kind, String messageKey) {
		super(messageKey, "Missing or malformed idempotency key for " + kind);
	}

}
