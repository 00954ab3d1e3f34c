package org.gongkai.fiscal;

/**
 * A special fund as a form or the demo enters it, every value as typed; checked by
 * {@link FundDisclosing#problems}.
 *
 * @param year the fund's year
 * @param name 资金名称
 * @param amount 资金总额, 万元, at most two decimals
 * @param households whether it pays households (惠民惠农补贴)
 * @param legalBasis 设立依据, may be empty
 * @param allocationMethod 分配办法, may be empty
 * @param allocationResults 分配结果, may be empty
 * @param disbursement 拨付情况, may be empty
 */
public record FundInput(String year, String name, String amount, boolean households, String legalBasis,
		String allocationMethod, String allocationResults, String disbursement) {

}
