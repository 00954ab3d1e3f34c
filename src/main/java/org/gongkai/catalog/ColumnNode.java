package org.gongkai.catalog;

/**
 * A catalogue column as other modules and pages see it.
 *
 * @param id the column id
 * @param parentId the parent column, {@code null} at the top
 * @param depth 0 at the top
 * @param code the template code ({@code null} for columns the agency added)
 * @param name the name shown
 * @param kind what it holds, and its update rule
 * @param hidden whether the public does not see it (nor its children)
 * @param section the part of the site it belongs to (its first-level column's)
 */
public record ColumnNode(long id, Long parentId, int depth, String code, String name, ColumnKind kind, boolean hidden,
		ColumnSection section) {

	/** The codes of the disclosure column's first level, in their fixed order (61号). */
	public static final java.util.List<String> FIRST_LEVEL = java.util.List.of("guide", "rules", "statutory",
			"reports");

	/** Whether it is one of the four first-level columns every agency has alike. */
	public boolean firstLevel() {
		return this.depth == 0 && this.code != null && FIRST_LEVEL.contains(this.code);
	}

	/**
	 * The public page of the column: the guide and the annual reports have pages of their
	 * own, every other column lists its items.
	 */
	public String publicPath(String creditCode) {
		String agency = "/agencies/" + creditCode;
		if ("guide".equals(this.code) && this.depth == 0) {
			return agency + "/guide";
		}
		if ("reports".equals(this.code) && this.depth == 0) {
			return agency + "/annual-reports";
		}
		return agency + "/columns/" + this.id;
	}

	/** Whether it belongs to the disclosure column. */
	public boolean disclosure() {
		return this.section == ColumnSection.DISCLOSURE;
	}

}
