package org.gongkai.mailbox.consultation;

/** Moderation of a comment on a draft: shown only once published. */
public enum CommentStatus {

	PENDING, PUBLISHED, WITHHELD

}
