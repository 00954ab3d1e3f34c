package org.gongkai.request;

/**
 * Who applies (the applicant categories of the annual report, 国办公开办函〔2021〕30号). Natural
 * persons identify themselves with an identity document; every other type with its
 * unified social credit code.
 */
public enum ApplicantType {

	/** 自然人. */
	NATURAL_PERSON,

	/** 商业企业. */
	COMMERCIAL,

	/** 科研机构. */
	RESEARCH,

	/** 社会公益组织. */
	PUBLIC_INTEREST,

	/** 法律服务机构. */
	LEGAL_SERVICE,

	/** 其他. */
	OTHER;

	/** Whether the applicant is an organisation, identified by its credit code. */
	public boolean isOrganisation() {
		return this != NATURAL_PERSON;
	}

}
