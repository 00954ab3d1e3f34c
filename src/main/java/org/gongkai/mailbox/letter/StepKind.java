package org.gongkai.mailbox.letter;

/** What moved a letter. */
public enum StepKind {

	RECEIVED, ASSIGNED, FORWARDED, EXTENDED, REPLIED, MODERATED, CONVERTED,

	/**
	 * A new or changed holiday notice moved the deadline (docs/legal-rules.md, Working
	 * days and the holiday calendar).
	 */
	DUE_MOVED;

	/** Whether the writer sees this step on the tracking page. */
	public boolean shownToWriter() {
		return this == RECEIVED || this == FORWARDED || this == EXTENDED || this == REPLIED || this == CONVERTED
				|| this == DUE_MOVED;
	}

}
