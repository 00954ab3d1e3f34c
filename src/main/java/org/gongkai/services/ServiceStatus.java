package org.gongkai.services;

/** Where a service item stands: drafted by the clerk, or published by the reviewer. */
public enum ServiceStatus {

	/** 草稿: only staff see it. */
	DRAFT,

	/** 已发布: on the public pages and checked by the inspection. */
	PUBLISHED

}
