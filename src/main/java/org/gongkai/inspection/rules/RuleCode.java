package org.gongkai.inspection.rules;

/**
 * The stable codes of the inspection's checks. A code never changes meaning: reports,
 * rectification tasks and the API name findings by it.
 */
public enum RuleCode {

	/** The agency's site has published nothing for two weeks (single veto). */
	HOME_STALE,

	/** A column silent longer than its kind allows. */
	COLUMN_STALE,

	/** A column that has never held an item. */
	COLUMN_EMPTY,

	/** A link in a body to an item, attachment or column that does not resolve. */
	DEAD_LINK,

	/** A published item in which the current privacy scanner finds personal data. */
	PERSONAL_DATA,

	/** A policy document published without a linked interpretation (三同步). */
	MISSING_INTERPRETATION,

	/** An item published more than 20 working days after it was made (art. 26). */
	LATE_PUBLICATION,

	/** A published item without the date it was made or the date it was published. */
	NO_DATE,

	/** A disclosure request past its statutory due date. */
	REQUEST_OVERDUE,

	/** A letter past its due date. */
	LETTER_OVERDUE,

	/** A letter left unanswered for more than three months (single veto). */
	LETTER_UNANSWERED_3M,

	/**
	 * A concern answered after its due hours, or still open past them (回应关切,
	 * 国办发〔2016〕61号).
	 */
	RESPONSE_OVERDUE,

	/** Neither the guide's data nor the catalogue changed for a year. */
	GUIDE_OUTDATED,

	/** Last year's annual report not published after its deadline. */
	ANNUAL_REPORT_MISSING,

	/** An annual report published after its deadline. */
	ANNUAL_REPORT_LATE,

	/**
	 * A serious wording error: a political term, a leader's name or title, a sensitive
	 * word.
	 */
	WORDING,

	/** The public site failed too many probes. */
	SITE_UNAVAILABLE,

	/**
	 * A published service guide (办事指南) missing one of the ten elements 19号 asks for
	 * (设定依据, 申请条件, 申请材料, 办理流程, 办理时限, 收费标准, 办理地点和时间, 咨询和监督电话, 表格下载 …); one finding per
	 * item, naming the missing elements (deduction).
	 */
	SERVICE_GUIDE_INCOMPLETE,

	/**
	 * A special fund of this or last year published without every part the county schemes
	 * score (e.g. only its total: 资金总表已公开，分配结果未公开); one finding per fund (deduction).
	 */
	FUND_INCOMPLETE;

	/**
	 * The severity of a finding under this rule: the single-veto items of 19号 (home page
	 * silent, unanswered letters, personal data and secrecy, wording, site unreachable)
	 * are vetoes; stale and empty columns depend on how many there are
	 * ({@link ColumnChecks}) and start as deductions here.
	 */
	public Severity severity() {
		return switch (this) {
			case HOME_STALE, LETTER_UNANSWERED_3M, PERSONAL_DATA, WORDING, SITE_UNAVAILABLE -> Severity.VETO;
			case ANNUAL_REPORT_LATE, NO_DATE -> Severity.NOTICE;
			default -> Severity.DEDUCTION;
		};
	}

}
