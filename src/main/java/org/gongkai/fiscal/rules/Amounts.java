package org.gongkai.fiscal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts as the forms and files give them: a non-negative decimal with at most two
 * places (万元 in the tables, 元 per household), thousands separators allowed, at most
 * {@link #MAX}.
 */
public final class Amounts {

	/** The largest amount accepted. */
	public static final BigDecimal MAX = new BigDecimal("999999999999.99");

	private Amounts() {
	}

	/**
	 * The amount, scaled to two places; {@code null} when the text is blank, not a
	 * number, negative, has more than two decimal places or exceeds {@link #MAX}.
	 */
	public static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String plain = text.strip().replace(",", "").replace("，", "");
		if (plain.isEmpty() || plain.length() > 20 || !plain.matches("[0-9]+(\\.[0-9]+)?")) {
			return null;
		}
		BigDecimal amount = new BigDecimal(plain).stripTrailingZeros();
		if (amount.scale() > 2 || amount.compareTo(MAX) > 0) {
			return null;
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** Whether the text is empty or blank (an optional amount left out). */
	public static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
