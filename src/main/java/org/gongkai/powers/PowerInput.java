package org.gongkai.powers;

/**
 * A power as typed into the form or read from an imported row, all text so nothing is
 * lost when it is refused.
 *
 * @param type the {@link PowerType} constant
 * @param code the province's item code (事项编码), optional
 * @param name the power's name (事项名称)
 * @param legalBasis its legal basis (设定依据)
 * @param unit the unit that exercises it (实施主体/承办机构)
 * @param process how it is handled (办理流程), optional
 * @param duties the duties it carries (责任事项)
 * @param accountability when someone is held accountable (追责情形)
 * @param supervision how it is supervised (监督方式), optional
 * @param phone the supervision phone (监督电话)
 */
public record PowerInput(String type, String code, String name, String legalBasis, String unit, String process,
		String duties, String accountability, String supervision, String phone) {

}
