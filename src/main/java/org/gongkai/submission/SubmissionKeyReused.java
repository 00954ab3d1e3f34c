package org.gongkai.submission;

import org.gongkai.platform.RuleViolationException;

/**
 * An idempotency key came again with a different content: the first submission stands,
 * the second is refused (422), since it is neither a repeat nor a new submission.
 */
public class SubmissionKeyReused extends RuleViolationException {

	SubmissionKeyReused(String kind) {
		super("submission.key.reused", "Idempotency key reused with another payload for " + kind);
	}

	@Override
	public int status() {
		return 422;
	}

}
