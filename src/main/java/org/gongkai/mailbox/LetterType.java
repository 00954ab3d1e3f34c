package org.gongkai.mailbox;

/**
 * What a letter is (docs/legal-rules.md, Interaction); each type has its own reply
 * period.
 */
public enum LetterType {

	/** 咨询. */
	CONSULTATION,

	/** 投诉. */
	COMPLAINT,

	/** 举报. */
	REPORT,

	/** 建议. */
	SUGGESTION

}
