package org.gongkai.mailbox;

/** What moved a letter. */
public enum StepKind {

	RECEIVED, ASSIGNED, FORWARDED, EXTENDED, REPLIED, MODERATED, CONVERTED,

	/** A new or changed holiday notice moved the deadline (DOMAIN.md §1). */
	DUE_MOVED;

	/** Whether the writer sees this step on the tracking page. */
	public boolean shownToWriter() {
		return this == RECEIVED || this == FORWARDED || this == EXTENDED || this == REPLIED || this == CONVERTED
				|| this == DUE_MOVED;
	}

}
