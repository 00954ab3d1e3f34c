package org.gongkai.activities;

/**
 * What kind of activity an agency held; the Chinese names are
 * {@code activities.kind.<NAME>}.
 */
public enum ActivityKind {

	/** 宣传活动: publicity at a place, with materials handed out and people advised. */
	PUBLICITY,

	/** 培训: training of staff, with attendees, trainer and hours. */
	TRAINING,

	/** 政务公开日: an open day. */
	OPEN_DAY,

	/** 流动查询、进村入户: taking the information to the villages. */
	OUTREACH,

	/** 其他: anything else. */
	OTHER

}
