package org.gongkai.channels;

/**
 * A posting as typed into the board's log form.
 *
 * @param title what was posted, at most 200 characters
 * @param publicationId the id of a published item of the agency, blank for none
 * @param postedOn {@code yyyy-MM-dd}, not in the future
 * @param takenDownOn {@code yyyy-MM-dd}, blank while it is up; not before it was posted
 */
public record PostingInput(String title, String publicationId, String postedOn, String takenDownOn) {

	/** An empty form, posted on {@code today} unless staff change it. */
	public static PostingInput empty(java.time.LocalDate today) {
		return new PostingInput("", "", today.toString(), "");
	}

}
