package org.gongkai.channels;

/** What a place of an agency is for. */
public enum PlaceKind {

	/** 公开栏 (a village's 村务公开栏): where disclosed information is posted. */
	BOARD,

	/** 查阅点: where the public reads disclosed information (Regulations art. 24). */
	READING_POINT,

	/** 受理点: where the public hands in applications for disclosure. */
	REQUEST_DESK

}
