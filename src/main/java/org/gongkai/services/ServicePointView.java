package org.gongkai.services;

import java.util.List;

/**
 * A service point: the township's 为民服务中心 or a village's 便民服务站.
 *
 * @param id the point
 * @param agencyId the agency whose items it offers
 * @param villageId the village it serves, or {@code null}
 * @param villageName that village's name, or {@code null}
 * @param name its name
 * @param address its address
 * @param hours its opening hours
 * @param phone its phone
 * @param items the items handled there (for the public: the published ones), by name
 */
public record ServicePointView(long id, long agencyId, Long villageId, String villageName, String name, String address,
		String hours, String phone, List<PointItem> items) {

	/**
	 * An item handled at a point.
	 *
	 * @param id the item
	 * @param name its name
	 * @param status draft or published
	 */
	public record PointItem(long id, String name, ServiceStatus status) {

	}

}
