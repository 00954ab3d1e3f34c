package org.gongkai.fiscal;

/**
 * What a budget disclosure is (Budget Law art. 14): a department's own budget and final
 * accounts, or what the finance department discloses for the government.
 */
public enum DisclosureKind {

	/** 部门预算. */
	DEPARTMENT_BUDGET(true),

	/** 部门决算. */
	DEPARTMENT_FINAL_ACCOUNTS(true),

	/** 政府预算 (finance department). */
	GOVERNMENT_BUDGET(false),

	/** 政府决算 (finance department). */
	GOVERNMENT_FINAL_ACCOUNTS(false),

	/** 预算调整 (finance department). */
	BUDGET_ADJUSTMENT(false),

	/** 预算执行情况 (finance department). */
	BUDGET_EXECUTION(false);

	private final boolean department;

	DisclosureKind(boolean department) {
		this.department = department;
	}

	/**
	 * Whether it is a department's own disclosure, which carries the 三公经费 (the
	 * government's are the finance department's alone).
	 */
	public boolean department() {
		return this.department;
	}

}
