package org.gongkai.publication;

import java.util.List;

/**
 * The texts of a publication the privacy scanner reads: its title, summary and body
 * (which can be masked) and the text extracted from its attachments (which cannot: a file
 * is not changed in place; a finding there is justified, or the file removed or
 * replaced).
 */
public enum TextField {

	TITLE, SUMMARY, BODY, ATTACHMENT;

	/** The item's own texts, which can be masked. */
	public static final List<TextField> TEXTS = List.of(TITLE, SUMMARY, BODY);

	/** Whether a finding here can be masked. */
	public boolean maskable() {
		return this != ATTACHMENT;
	}

}
