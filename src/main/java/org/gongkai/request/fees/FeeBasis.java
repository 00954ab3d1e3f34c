package org.gongkai.request.fees;

/**
 * How an information-processing fee is charged (国办函〔2020〕109号): per application or per
 * volume, never both.
 */
public enum FeeBasis {

	/**
	 * Per application, by the applicant's count of applications to the agency in the
	 * calendar month of receipt.
	 */
	PER_APPLICATION,

	/** Per volume: the pages of this answer (paper, e-mail or copies). */
	PER_VOLUME

}
