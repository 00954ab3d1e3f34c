package org.gongkai.catalog;

import java.time.Period;

/**
 * What a column holds, and so how often the website inspection expects it to be updated
 * (docs/legal-rules.md, Website checks; 国办秘函〔2019〕19号).
 */
public enum ColumnKind {

	/** News and dynamics (动态类): silent for two weeks counts as not updated. */
	NEWS(Period.ofWeeks(2)),

	/** Notices and policies (通知公告、政策文件类): silent for six months counts as not updated. */
	NOTICE(Period.ofMonths(6)),

	/** Personnel and plans (人事、规划类): expected at least yearly. */
	PLAN(Period.ofYears(1)),

	/** Static content (guide, functions): no update rule. */
	STATIC(null);

	private final Period updateWithin;

	ColumnKind(Period updateWithin) {
		this.updateWithin = updateWithin;
	}

	/** How long the column may stay silent, or {@code null} when no rule applies. */
	public Period updateWithin() {
		return this.updateWithin;
	}

}
