package org.gongkai.village;

import org.springframework.context.ApplicationContext;

/**
 * The village fixture ({@link VillageDesk}) for tests outside the package (the browser
 * journey).
 */
public record VillageDeskAccess(String villageCode, String otherVillageCode, String clerk, String reviewer,
		String supervisor, String townshipClerk) {

	public static VillageDeskAccess of(ApplicationContext context) {
		VillageDesk desk = new VillageDesk(context);
		return new VillageDeskAccess(desk.villageCode, desk.otherVillageCode, desk.clerk, desk.reviewer,
				desk.supervisor, desk.townshipClerk);
	}

}
