package org.gongkai.request;

import java.util.Arrays;
import java.util.Locale;

/** The selections of the back office's case dashboard. */
public enum DashboardView {

	/** Open cases due within the next five working days, not yet overdue. */
	DUE_SOON,

	/** Open cases past their due date (derived from the clock, never stored). */
	OVERDUE,

	/** Online or fax applications awaiting the office's confirmation (art. 31). */
	AWAITING_CONFIRMATION,

	/** Cases waiting for the corrected application (art. 30). */
	AWAITING_CORRECTION,

	/** Answers other than full disclosure waiting for a leader's approval. */
	AWAITING_APPROVAL,

	/** Open cases whose clerk asks to extend the deadline, for a leader (art. 33). */
	EXTENSION_PROPOSED,

	/** Open cases with an unanswered consultation (arts. 32, 34). */
	IN_CONSULTATION,

	/** Answered cases. */
	CLOSED,

	/** Every case. */
	ALL,

	/** Open cases assigned to the signed-in user. */
	MINE;

	/** The view's name in a URL: {@code due-soon}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The view a URL names; anything unknown or missing selects {@link #ALL}. */
	public static DashboardView of(String slug) {
		return Arrays.stream(values()).filter((v) -> v.slug().equals(slug)).findFirst().orElse(ALL);
	}

}
