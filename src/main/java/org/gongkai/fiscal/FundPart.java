package org.gongkai.fiscal;

/**
 * The parts of a special fund's disclosure the county schemes score (docs/legal-rules.md,
 * Fiscal disclosure): a fund disclosed only as its total misses the others.
 */
public enum FundPart {

	/** 资金总表: the fund's name and amount. */
	TOTAL,

	/** 设立依据: the document the fund rests on. */
	BASIS,

	/** 分配办法: how it is allocated. */
	METHOD,

	/** 分配结果: who or what got how much (a text, or the recipients). */
	RESULTS,

	/** 发放对象: the households paid, masked; only for funds paid to households. */
	RECIPIENTS,

	/** 拨付情况: how far the money has been paid out. */
	DISBURSEMENT

}
