package org.gongkai.mailbox.letter;

import java.util.List;

import org.gongkai.mailbox.ReplyVisibility;

/**
 * A reply before it is sent, for the clerk to check: what the portal would show of a
 * public reply, and what it masks.
 *
 * @param text the reply as it will be stored
 * @param visibility public or private
 * @param publicText the reply as the portal would show it (names and personal data
 * masked)
 * @param found what is masked, in order: the writer's name or a salutation name (kind
 * {@code NAME}) and other personal data (the privacy module's finding types)
 */
public record ReplyPreview(String text, ReplyVisibility visibility, String publicText, List<Found> found) {

	/** Whether the reply names a person (the writer, or X同志/先生/女士). */
	public boolean namesSomeone() {
		return this.found.stream().anyMatch((f) -> "NAME".equals(f.kind()));
	}

	/**
	 * One thing masked.
	 *
	 * @param kind the finding type, e.g. {@code NAME}, {@code MOBILE}
	 * @param text the text as written
	 * @param masked the text as the portal shows it
	 */
	public record Found(String kind, String text, String masked) {

	}

}
