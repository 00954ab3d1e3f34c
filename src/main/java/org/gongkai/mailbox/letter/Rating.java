package org.gongkai.mailbox.letter;

/** The writer's rating of a reply. */
public enum Rating {

	SATISFIED, BASICALLY_SATISFIED, UNSATISFIED

}
