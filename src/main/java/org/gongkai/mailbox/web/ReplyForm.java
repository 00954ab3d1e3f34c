package org.gongkai.mailbox.web;

/**
 * The staff reply form of a letter as typed, kept when the page re-renders with its
 * errors.
 *
 * @param text the reply
 * @param visibility a {@link org.gongkai.mailbox.ReplyVisibility} name
 */
record ReplyForm(String text, String visibility) {

	static ReplyForm empty() {
		return new ReplyForm("", "PRIVATE");
	}

}
