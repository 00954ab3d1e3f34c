package org.gongkai.request;

/**
 * How an application reached the agency. Regulations art. 31 fixes the receipt date by
 * channel: on the day for walk-ins, the day of signing for letters, the day the office
 * confirms for online and fax applications.
 */
public enum Channel {

	/** Through this platform's public form or API; received on confirmation. */
	ONLINE,

	/** Handed in at the office. */
	WALK_IN,

	/** By post; received on the day the office signs for it. */
	LETTER,

	/** By fax; received on confirmation. */
	FAX,

	/** By e-mail to the office. */
	EMAIL,

	/** Orally, written down by the office (art. 29: applicants who cannot write). */
	ORAL,

	/**
	 * A letter to a mailbox (互动交流) that was really an application, registered by the
	 * clerk on the day of the conversion; the letter keeps the case's number.
	 */
	MAILBOX,

	/**
	 * Taken over from the office's own register (台账) by a register import; how the
	 * application arrived is not recorded.
	 */
	IMPORTED

}
