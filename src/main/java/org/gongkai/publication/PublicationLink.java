package org.gongkai.publication;

/**
 * A link between a policy document and an interpretation.
 *
 * @param id the other item
 * @param title its title
 * @param indexNumber its index number, or {@code null} before publication
 * @param status where it is in the workflow
 */
public record PublicationLink(long id, String title, String indexNumber, PublicationStatus status) {

	/** Whether the public can open it. */
	public boolean published() {
		return this.status == PublicationStatus.PUBLISHED;
	}

}
