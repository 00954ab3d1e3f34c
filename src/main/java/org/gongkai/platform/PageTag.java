package org.gongkai.platform;

/**
 * The names of what a public page shows, so a change can say which pages it touches. A
 * page records the tags of what it shows when it is rendered (the item, the column, the
 * items it lists); a change names the tags it touches ({@link PublicFootprint}), and the
 * page cache forgets exactly the pages that share one. {@link #ALL} touches every page.
 */
public final class PageTag {

	/** Every public page: for changes nobody has described. */
	public static final String ALL = "*";

	private PageTag() {
	}

	/** A published item: its page, print view, and every list that shows it. */
	public static String item(long id) {
		return "item:" + id;
	}

	/** A catalogue column's list, its later pages and its feeds. */
	public static String column(long id) {
		return "column:" + id;
	}

	/** The agency's list of current rules and normative documents (any column). */
	public static String policies(long agencyId) {
		return "policies:" + agencyId;
	}

	/** Every page of one agency (its name, contact data and catalogue show on all). */
	public static String agency(long agencyId) {
		return "agency:" + agencyId;
	}

	/** The lists of all agencies (the home page, the sitemap, parent and child links). */
	public static String agencies() {
		return "agencies";
	}

	/** The home page's list of the latest items of all agencies. */
	public static String latest() {
		return "latest";
	}

	/** The sitemap, which lists every public item. */
	public static String sitemap() {
		return "sitemap";
	}

}
