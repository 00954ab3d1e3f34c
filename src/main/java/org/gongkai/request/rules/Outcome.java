package org.gongkai.request.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a closed case was answered: exactly one row of table 三 of the annual report
 * (国办公开办函〔2021〕30号), mapped from the answer types of Regulations arts. 35–39
 * (docs/legal-rules.md, Answer types). The reply letter is written from the template of
 * this outcome.
 */
public enum Outcome {

	/** 予以公开: already proactively disclosed or can be disclosed (art. 36(1)(2)). */
	DISCLOSED("3.1", "36"),

	/** 部分公开: split, the rest withheld (art. 37); the only category for a split answer. */
	PARTIALLY_DISCLOSED("3.2", "37"),

	/** 不予公开 1: state secret (art. 14). */
	WITHHELD_STATE_SECRET("3.3.1", "14"),

	/** 不予公开 2: other laws and administrative regulations forbid it (art. 14). */
	WITHHELD_FORBIDDEN_BY_LAW("3.3.2", "14"),

	/** 不予公开 3: endangers "three securities and one stability" (art. 14). */
	WITHHELD_SECURITY_STABILITY("3.3.3", "14"),

	/** 不予公开 4: protects a third party's lawful rights (art. 15). */
	WITHHELD_THIRD_PARTY("3.3.4", "15"),

	/** 不予公开 5: one of the three kinds of internal affairs information (art. 16). */
	WITHHELD_INTERNAL_AFFAIRS("3.3.5", "16"),

	/** 不予公开 6: one of the four kinds of process information (art. 16). */
	WITHHELD_PROCESS("3.3.6", "16"),

	/** 不予公开 7: administrative enforcement case files (art. 16). */
	WITHHELD_ENFORCEMENT_FILE("3.3.7", "16"),

	/** 不予公开 8: in truth an administrative query (art. 36). */
	WITHHELD_ADMINISTRATIVE_QUERY("3.3.8", "36"),

	/**
	 * 无法提供 1: this agency does not hold it, or it is not this agency's to disclose (art.
	 * 36(4)(5)).
	 */
	UNAVAILABLE_NOT_HELD("3.4.1", "36"),

	/** 无法提供 2: would need to be newly compiled (art. 38). */
	UNAVAILABLE_NEEDS_COMPILATION("3.4.2", "38"),

	/** 无法提供 3: still unclear after correction (art. 30). */
	UNAVAILABLE_UNCLEAR("3.4.3", "30"),

	/** 不予处理 1: a petition, report or complaint (art. 39). */
	NOT_HANDLED_PETITION("3.5.1", "39"),

	/** 不予处理 2: a repeated application (art. 36(6)). */
	NOT_HANDLED_REPEATED("3.5.2", "36"),

	/** 不予处理 3: asks for published material (art. 39). */
	NOT_HANDLED_PUBLICATION("3.5.3", "39"),

	/** 不予处理 4: unreasonably massive or repeated applications (art. 35). */
	NOT_HANDLED_EXCESSIVE("3.5.4", "35"),

	/** 不予处理 5: asks to confirm or re-issue information already obtained (art. 39). */
	NOT_HANDLED_CONFIRMATION("3.5.5", "39"),

	/** 其他处理 1: no correction in time, the application is no longer handled (art. 30). */
	OTHER_NOT_CORRECTED("3.6.1", "30"),

	/** 其他处理 2: the fee was not paid in time (art. 42, 国办函〔2020〕109号). */
	OTHER_FEE_UNPAID("3.6.2", "42"),

	/** 其他处理 3: anything else, e.g. withdrawn by the applicant. */
	OTHER("3.6.3", "36");

	private final String row;

	private final String article;

	Outcome(String row, String article) {
		this.row = row;
		this.article = article;
	}

	/**
	 * The table-三 row code, e.g. {@code 3.3.4}; the register import and the report use
	 * it.
	 */
	public String row() {
		return this.row;
	}

	/** The article of the Regulations the reply letter cites as its main legal basis. */
	public String article() {
		return this.article;
	}

	/**
	 * Whether a leader must approve the decision: every answer other than full disclosure
	 * (the rule; full disclosure is the presumption of art. 5).
	 */
	public boolean needsLeaderApproval() {
		return this != DISCLOSED;
	}

	/** The outcome of a table-三 row code, if it is one. */
	public static Optional<Outcome> ofRow(String row) {
		if (row == null) {
			return Optional.empty();
		}
		String code = row.strip();
		return Arrays.stream(values()).filter((o) -> o.row.equals(code)).findFirst();
	}

}
