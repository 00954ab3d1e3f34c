package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A special fund as pages show it.
 *
 * @param id its id
 * @param agencyId its agency
 * @param year its year
 * @param name 资金名称
 * @param amount 资金总额, 万元
 * @param households whether it pays households (惠民惠农补贴), which makes the recipients a
 * required part
 * @param legalBasis 设立依据, may be empty
 * @param allocationMethod 分配办法, may be empty
 * @param allocationResults 分配结果, may be empty
 * @param disbursement 拨付情况, may be empty
 * @param status where it stands
 * @param reviewNote the reviewer's note when returned, or {@code null}
 * @param publishedOn the day it went public, or {@code null}
 * @param recipients the households, masked on public pages
 * @param recipientsTotal the households' sum in 元
 * @param villageTotals the households' sum per village in 元, in the list's order
 * @param completeness what is disclosed and what is missing
 */
public record FundView(long id, long agencyId, int year, String name, BigDecimal amount, boolean households,
		String legalBasis, String allocationMethod, String allocationResults, String disbursement,
		DisclosureStatus status, String reviewNote, LocalDate publishedOn, List<RecipientView> recipients,
		BigDecimal recipientsTotal, Map<String, BigDecimal> villageTotals, FundCompleteness completeness) {

}
