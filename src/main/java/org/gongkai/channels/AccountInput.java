package org.gongkai.channels;

import java.time.LocalDate;

/**
 * A new-media account as typed into its form.
 *
 * @param platform a {@link MediaPlatform} name
 * @param openedOn {@code yyyy-MM-dd}, optional
 * @param reviewStatus a {@link ReviewStatus} name
 * @param lastReviewedOn {@code yyyy-MM-dd}, optional, not in the future
 */
public record AccountInput(String platform, String name, String accountCode, String keeperName, String openedOn,
		String reviewStatus, String lastReviewedOn) {

	/** An empty form. */
	public static AccountInput empty() {
		return new AccountInput(MediaPlatform.WECHAT.name(), "", "", "", "", ReviewStatus.ACTIVE.name(), "");
	}

	/** The form of an existing account. */
	public static AccountInput of(AccountView account) {
		return new AccountInput(account.platform().name(), account.name(), account.accountCode(), account.keeperName(),
				(account.openedOn() != null) ? account.openedOn().toString() : "", account.reviewStatus().name(),
				(account.lastReviewedOn() != null) ? account.lastReviewedOn().toString() : "");
	}

	/** An account whose every field passed the checks. */
	record Valid(MediaPlatform platform, String name, String accountCode, String keeperName, LocalDate openedOn,
			ReviewStatus reviewStatus, LocalDate lastReviewedOn) {

	}

}
