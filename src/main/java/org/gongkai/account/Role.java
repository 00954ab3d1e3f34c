package org.gongkai.account;

/**
 * What a user may do. Business roles hold for one agency; the three administrator roles
 * hold for the platform, and an administrator holds exactly one of them and nothing else.
 */
public enum Role {

	/** 信息员: drafts publications, registers and handles requests and letters. */
	CLERK,

	/** 审核员: content review. */
	REVIEWER,

	/** 保密审查员: confidentiality review (Regulations art. 17). */
	CONFIDENTIALITY_REVIEWER,

	/** 领导: approves extensions and decisions other than full disclosure. */
	LEADER,

	/** 政务公开办: oversees its agency and every agency below it. */
	DISCLOSURE_OFFICE,

	/**
	 * 村务监督委员会成员: reviews and signs a village's items before they are posted (Organic Law
	 * of Villagers' Committees art. 32); held only for a village or community agency.
	 */
	VILLAGE_SUPERVISOR,

	/** 系统管理员: agencies, accounts and roles, calendar and settings. */
	SYSTEM_ADMIN,

	/** 安全管理员: unlocks accounts, resets passwords, revokes tokens. */
	SECURITY_ADMIN,

	/** 审计管理员: reads and verifies the audit log. */
	AUDIT_ADMIN;

	/** Whether this is one of the three separated administrator roles. */
	public boolean isAdministrator() {
		return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
	}

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}

}
