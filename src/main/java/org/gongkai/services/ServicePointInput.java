package org.gongkai.services;

import java.util.List;

/**
 * A service point as typed in the form.
 *
 * @param name its name (e.g. 河西镇为民服务中心, 柳湾村便民服务站)
 * @param address its address
 * @param hours its opening hours
 * @param phone its phone
 * @param villageId the village it serves (a 便民服务站), as text; blank for the agency's own
 * centre
 * @param itemIds the ids of the agency's service items handled there
 */
public record ServicePointInput(String name, String address, String hours, String phone, String villageId,
		List<Long> itemIds) {

	public ServicePointInput {
		itemIds = (itemIds != null) ? List.copyOf(itemIds.stream().filter(java.util.Objects::nonNull).toList())
				: List.of();
	}

}
