package org.gongkai.mailbox;

/**
 * How a reply reached the writer: written (on the tracking page, by letter or e-mail) or
 * given by telephone (a message taken on the supervision telephone is often answered that
 * way); the text records what was said.
 */
public enum ReplyMode {

	/** 书面答复. */
	WRITTEN,

	/** 电话答复. */
	PHONE

}
