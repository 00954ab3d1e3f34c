package org.gongkai.request;

/** The form in which the applicant wants the information (Regulations art. 29). */
public enum InformationFormat {

	PAPER, EMAIL, DISK

}
