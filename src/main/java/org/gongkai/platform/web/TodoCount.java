package org.gongkai.platform.web;

/**
 * One line of a role's to-do list on the back office's start page: how many things wait
 * for the signed-in user, and the filtered list that shows them.
 *
 * @param order where the line stands on the page (lower first)
 * @param key the line's identity and its label's message key ({@code home.todo.<key>})
 * @param detail what the line is about beyond its label (an agency's name), or
 * {@code null}
 * @param count how many things wait, never negative
 * @param href the back-office list filtered to those things, a path under {@code /admin}
 */
public record TodoCount(int order, String key, String detail, long count, String href) {

	public TodoCount {
		if (count < 0) {
			throw new IllegalArgumentException("Negative count for " + key);
		}
	}

	/** A line without detail. */
	public static TodoCount of(int order, String key, long count, String href) {
		return new TodoCount(order, key, null, count, href);
	}

	/** The message key of the line's label. */
	public String labelKey() {
		return "home.todo." + this.key;
	}

}
