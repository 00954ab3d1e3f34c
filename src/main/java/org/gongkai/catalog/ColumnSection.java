package org.gongkai.catalog;

/**
 * Which part of the site a column belongs to (docs/legal-rules.md, The disclosure
 * column's shape; 国办公开办函〔2019〕61号): the disclosure column holds only what the law asks to
 * be disclosed, under the same four first-level columns for every agency; news, work
 * updates, notices and the columns an agency adds at the top live in the site's other
 * section.
 */
public enum ColumnSection {

	/** The 政府信息公开 column: guide, rules, statutory content, annual reports. */
	DISCLOSURE,

	/** The rest of the site (新闻动态 and the like). */
	SITE

}
