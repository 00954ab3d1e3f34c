package org.gongkai.decisions;

/**
 * The stages of a major decision in the order of 重大行政决策程序暂行条例 (Order 713): public
 * participation (art. 13–18), expert argument (art. 19–21), risk assessment (art. 22–24),
 * legality review (art. 25–28), collective discussion (art. 29–31), the decision's
 * publication (art. 32) and its implementation (art. 33–38).
 */
public enum DecisionStage {

	/** 公众参与: may be skipped with a reason (a matter not to be disclosed, art. 13). */
	PUBLIC_PARTICIPATION(true, false),

	/** 专家论证: only for matters of a specialist or technical nature (art. 19). */
	EXPERT_ARGUMENT(true, false),

	/** 风险评估: only where the decision may harm social stability or safety (art. 22). */
	RISK_ASSESSMENT(true, false),

	/** 合法性审查: never skipped, and done before the collective discussion (art. 25). */
	LEGALITY_REVIEW(false, false),

	/** 集体讨论决定: never skipped (art. 30). */
	COLLECTIVE_DISCUSSION(false, false),

	/** 决策公布: the decision made, published promptly (art. 32). */
	DECISION(false, false),

	/** 决策执行和调整: reports on the implementation, as many as there are (art. 33–38). */
	IMPLEMENTATION(false, true);

	private final boolean skippable;

	private final boolean repeatable;

	DecisionStage(boolean skippable, boolean repeatable) {
		this.skippable = skippable;
		this.repeatable = repeatable;
	}

	/** Whether the stage may be marked as not applying, with a reason. */
	public boolean skippable() {
		return this.skippable;
	}

	/** Whether an item may have the stage more than once. */
	public boolean repeatable() {
		return this.repeatable;
	}

}
