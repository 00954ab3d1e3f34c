package org.gongkai.fiscal;

import java.util.List;

import org.gongkai.platform.RuleViolationException;

/**
 * A household list refused as a whole, with every problem found (a message key and its
 * arguments each, rows numbered as Excel shows them); nothing of it was stored.
 */
public class RecipientImportRefused extends RuleViolationException {

	private final transient List<RuleViolationException> problems;

	RecipientImportRefused(List<RuleViolationException> problems) {
		super(problems.get(0).messageKey(), "Household list refused: " + problems.size() + " problems",
				problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in the order found. */
	public List<RuleViolationException> problems() {
		return this.problems;
	}

}
