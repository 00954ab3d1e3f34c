package org.gongkai.services;

import java.time.LocalDate;
import java.util.List;

/**
 * A service item with its ten elements, its forms, the service points offering it and the
 * elements its guide misses.
 *
 * @param id the item
 * @param agencyId its agency
 * @param name 事项名称
 * @param basis 设定依据
 * @param conditions 申请条件
 * @param materials 申请材料
 * @param process 办理流程
 * @param legalDays 法定办理时限 in working days, or {@code null}
 * @param promisedDays 承诺办理时限 in working days, or {@code null}
 * @param fees 收费标准
 * @param placeAndHours 办理地点和时间
 * @param consultPhone 咨询电话
 * @param supervisionPhone 监督电话
 * @param noForms whether the item needs no form
 * @param forms the forms to download
 * @param points the service points offering it
 * @param status draft or published
 * @param publishedOn when it was published, or {@code null}
 * @param missing the Chinese names of the elements its guide misses, in the guide's order
 */
public record ServiceItemView(long id, long agencyId, String name, String basis, String conditions, String materials,
		String process, Integer legalDays, Integer promisedDays, String fees, String placeAndHours, String consultPhone,
		String supervisionPhone, boolean noForms, List<ServiceFormView> forms, List<ServicePointView> points,
		ServiceStatus status, LocalDate publishedOn, List<String> missing) {

	/** Whether the guide has all ten elements. */
	public boolean complete() {
		return this.missing.isEmpty();
	}

}
