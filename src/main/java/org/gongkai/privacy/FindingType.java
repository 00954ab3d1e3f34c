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
	 * A secrecy marking (密级标志) such as {@code 秘密★5年}, or a bare 内部, 秘密, 机密, 绝密 or 内部资料
	 * starting a line, for the confidentiality reviewer.
	 */
	SECRECY_MARK,

	/**
	 * A home address below township level: the house number after a road, street, lane,
	 * village or housing estate ({@code 人民路25号}, {@code 东风村3组}, {@code 幸福小区3栋2单元501室});
	 * the finding covers the number part only. Agencies' office addresses are not
	 * reported.
	 */
	ADDRESS,

	/**
	 * A person's name in a mailbox reply: the writer's own name, or a name before 同志, 先生
	 * or 女士. Only {@link PrivacyScanner#scan(String, java.util.Collection)} reports
	 * names.
	 */
	NAME,

	/**
	 * A probable name of another person in a short public text, such as a mailbox
	 * subject: a common surname and one or two characters in a context that names a
	 * person (举报张三, 李四等人). A warning for staff, masked in the public version. Only
	 * {@link PrivacyScanner#scanShort(String, java.util.Collection)} reports them.
	 */
	PROBABLE_NAME

}
