package org.gongkai.channels;

import java.time.LocalDate;

/**
 * A new-media account as pages show it.
 *
 * @param accountCode the account's id on its platform (微信号, 微博 ID)
 * @param syndicated how many published items were syndicated to it
 */
public record AccountView(long id, long agencyId, MediaPlatform platform, String name, String accountCode,
		String keeperName, LocalDate openedOn, ReviewStatus reviewStatus, LocalDate lastReviewedOn, long syndicated) {

}
