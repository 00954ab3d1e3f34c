package org.gongkai.inspection.rules;

/**
 * How much a finding weighs in the website check (国办秘函〔2019〕19号): a single-veto item
 * fails the site outright, a deduction costs points, a notice is advice.
 */
public enum Severity {

	/** 单项否决. */
	VETO,

	/** 扣分. */
	DEDUCTION,

	/** 提示. */
	NOTICE

}
