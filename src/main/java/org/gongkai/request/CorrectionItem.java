package org.gongkai.request;

/**
 * One thing a correction notice asks the applicant to correct (Regulations art. 30: the
 * notice says, once and in full, what is to be corrected): what is missing or unclear,
 * and the wording the office suggests.
 *
 * @param missing what is missing or unclear, not blank, at most {@link #MAX_LENGTH}
 * characters
 * @param suggestion the suggested wording, at most {@link #MAX_LENGTH} characters, or
 * {@code null}
 */
public record CorrectionItem(String missing, String suggestion) {

	/** Longest text of either field, in characters. */
	public static final int MAX_LENGTH = 300;

	/** Most items one notice lists (the clerk's form has as many rows). */
	public static final int MAX_ITEMS = 5;

}
