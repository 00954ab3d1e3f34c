package org.gongkai.mailbox.web;

/**
 * The staff reply form of a letter as typed, kept when the page re-renders with its
 * errors.
 *
 * @param text the reply
 * @param visibility a {@link org.gongkai.mailbox.ReplyVisibility} name
 * @param mode a {@link org.gongkai.mailbox.ReplyMode} name; anything else is written
 */
record ReplyForm(String text, String visibility, String mode) {

	static ReplyForm empty() {
		return new ReplyForm("", "PRIVATE", "WRITTEN");
	}

}
