package org.gongkai.mailbox;

/** What moved a letter. */
public enum StepKind {

	RECEIVED, ASSIGNED, FORWARDED, EXTENDED, REPLIED, MODERATED, CONVERTED;

	/** Whether the writer sees this step on the tracking page. */
	public boolean shownToWriter() {
		return this == RECEIVED || this == FORWARDED || this == EXTENDED || this == REPLIED || this == CONVERTED;
	}

}
