package org.gongkai.channels;

/** Where a new-media account (政务新媒体) is kept. */
public enum MediaPlatform {

	/** 微信公众号. */
	WECHAT,

	/** 微博. */
	WEIBO,

	/** 抖音. */
	DOUYIN,

	/** 移动客户端. */
	APP,

	/** 其他. */
	OTHER

}
