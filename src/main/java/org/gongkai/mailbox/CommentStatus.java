package org.gongkai.mailbox;

/** Moderation of a comment on a draft: shown only once published. */
public enum CommentStatus {

	PENDING, PUBLISHED, WITHHELD

}
