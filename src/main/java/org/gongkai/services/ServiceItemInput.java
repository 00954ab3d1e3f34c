package org.gongkai.services;

/**
 * A service item as typed in the form (numbers as text, so a re-rendered form loses
 * nothing).
 *
 * @param name 事项名称
 * @param basis 设定依据
 * @param conditions 申请条件
 * @param materials 申请材料
 * @param process 办理流程
 * @param legalDays 法定办理时限 in working days (blank: not given)
 * @param promisedDays 承诺办理时限 in working days (blank: not given)
 * @param fees 收费标准 (不收费 when free)
 * @param placeAndHours 办理地点和时间
 * @param consultPhone 咨询电话
 * @param supervisionPhone 监督电话
 * @param noForms whether the item needs no form (表格下载 then complete without a file)
 */
public record ServiceItemInput(String name, String basis, String conditions, String materials, String process,
		String legalDays, String promisedDays, String fees, String placeAndHours, String consultPhone,
		String supervisionPhone, boolean noForms) {

}
