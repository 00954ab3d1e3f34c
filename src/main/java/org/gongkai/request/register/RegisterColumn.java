package org.gongkai.request.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of a register (台账) file, by its English or Chinese header. Every column must
 * be present, in any order; cells of {@link #TRACKING_NO}, {@link #CLOSED_ON} and
 * {@link #RESULT} may be empty.
 */
public enum RegisterColumn {

	TRACKING_NO("tracking_no", "受理编号"),

	APPLICANT_TYPE("applicant_type", "申请人类型"),

	APPLICANT_NAME("applicant_name", "申请人"),

	RECEIVED_ON("received_on", "收到日期"),

	SUBJECT("subject", "申请内容"),

	CLOSED_ON("closed_on", "办结日期"),

	RESULT("result", "办理结果");

	private final String header;

	private final String chineseHeader;

	RegisterColumn(String header, String chineseHeader) {
		this.header = header;
		this.chineseHeader = chineseHeader;
	}

	/** The Chinese header, which the reasons shown to users name the column by. */
	public String label() {
		return this.chineseHeader;
	}

	/**
	 * The column a header cell names: blanks around it, a byte-order mark and the case of
	 * the English name do not matter.
	 */
	public static Optional<RegisterColumn> ofHeader(String cell) {
		String name = RegisterRow.clean(cell).replace("\uFEFF", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((c) -> c.header.equals(name) || c.chineseHeader.equals(name)).findFirst();
	}

}
