package org.gongkai.request.fees;

/** Where a fee notice stands. */
public enum FeeStatus {

	/** Sent; the applicant has until the payment deadline. */
	AWAITING_PAYMENT,

	/** Paid in full. */
	PAID,

	/** Waived by a leader of the agency (国办函〔2020〕109号 art. 7: reduction or waiver). */
	WAIVED,

	/** Not paid by the deadline: the application is deemed abandoned (其他处理 2). */
	LAPSED

}
