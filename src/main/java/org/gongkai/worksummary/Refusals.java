package org.gongkai.worksummary;

import org.gongkai.platform.RuleViolationException;

/** The rule violations of the summaries' steps, each with its Chinese message key. */
final class Refusals {

	private Refusals() {
	}

	static RuleViolationException draftedMeanwhile() {
		return new RuleViolationException("worksummary.exists", "Summary drafted meanwhile");
	}

	static RuleViolationException alreadyFinal(long id) {
		return new RuleViolationException("worksummary.final", "Summary " + id + " is final");
	}

	static RuleViolationException promptsLeft(long id) {
		return new RuleViolationException("worksummary.prompts-left", "Prompts left in summary " + id);
	}

}
