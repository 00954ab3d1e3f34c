package org.gongkai.submission;

import org.gongkai.platform.RuleViolationException;

/**
 * A twin of this submission (same key) is still being filed, or failed, after the waiting
 * time: the client may send it again shortly (409).
 */
public class SubmissionPending extends RuleViolationException {

	SubmissionPending(String kind) {
		super("submission.key.pending", "Twin submission not finished for " + kind);
	}

	@Override
	public int status() {
		return 409;
	}

}
