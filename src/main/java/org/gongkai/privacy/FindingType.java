package org.gongkai.privacy;

/**
 * What the scanner found (docs/legal-rules.md, Personal data).
 */
public enum FindingType {

	/** A resident ID number (居民身份证号码): 18 characters (GB 11643) or 15 digits (legacy). */
	ID_CARD,

	/** A mainland mobile number, 11 digits starting 13–19, optionally with +86. */
	MOBILE,

	/** A bank card number: 16–19 digits passing the Luhn check. */
	BANK_CARD,

	/** A personal e-mail address (not one on a {@code .gov.cn} domain). */
	EMAIL,

	/**
	 * A secrecy marking (密级标志) such as {@code 秘密★5年}, for the confidentiality reviewer.
	 */
	SECRECY_MARK

}
