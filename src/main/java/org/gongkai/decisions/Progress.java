package org.gongkai.decisions;

/** How far a decision item has come, read from its recorded stages. */
public enum Progress {

	/** 未启动: no stage recorded. */
	PLANNED,

	/** 推进中: some stage before the decision recorded. */
	IN_PROGRESS,

	/** 已决策: the decision recorded. */
	DECIDED,

	/** 执行中: an implementation report recorded. */
	IMPLEMENTING,

	/** 已调出目录. */
	REMOVED

}
