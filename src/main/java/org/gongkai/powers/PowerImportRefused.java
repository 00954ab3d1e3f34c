package org.gongkai.powers;

import java.util.List;

import org.gongkai.platform.RuleViolationException;

/**
 * An imported list refused as a whole, with every problem found; nothing of it was
 * stored.
 */
public class PowerImportRefused extends RuleViolationException {

	/**
	 * A problem of the file.
	 *
	 * @param row the row as Excel numbers it, or 0 for the file as a whole
	 * @param problem what is wrong (a message key and its arguments)
	 */
	public record Problem(int row, RuleViolationException problem) {

	}

	private final transient List<Problem> problems;

	PowerImportRefused(List<Problem> problems) {
		super(problems.get(0).problem().messageKey(), "Power list refused: " + problems.size() + " problems",
				problems.get(0).problem().arguments());
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in the order found. */
	public List<Problem> problems() {
		return this.problems;
	}

}
