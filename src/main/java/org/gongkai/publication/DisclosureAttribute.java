package org.gongkai.publication;

/**
 * How a publication is disclosed (公开属性). Only proactive disclosure for now.
 */
public enum DisclosureAttribute {

	/** 主动公开 (Regulations arts. 19–20). */
	PROACTIVE

}
