package org.gongkai.assessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The arithmetic of a score: an item computed from findings loses a fixed deduction per
 * finding up to its cap ("每发现一处逾期答复扣1分，最多扣13分") and never goes below zero; the total is
 * the sum of the items' points, and each veto that applies lowers it to its ceiling (zero
 * for a veto that fails the agency outright), the lowest ceiling winning. Points are kept
 * to two decimals.
 */
public final class Scoring {

	/** The most points an item may carry. */
	public static final BigDecimal MAX_ITEM = new BigDecimal("100");

	private Scoring() {
	}

	/**
	 * What {@code count} findings cost: {@code perFinding × count}, at most {@code cap}.
	 */
	public static BigDecimal deduction(BigDecimal perFinding, BigDecimal cap, int count) {
		BigDecimal raw = perFinding.multiply(BigDecimal.valueOf(count));
		return scale(raw.min(cap));
	}

	/** The points of a computed item: its maximum less the deduction, at least zero. */
	public static BigDecimal computed(BigDecimal max, BigDecimal perFinding, BigDecimal cap, int count) {
		return scale(max.subtract(deduction(perFinding, cap, count)).max(BigDecimal.ZERO));
	}

	/** The sum of the items' points. */
	public static BigDecimal sum(Collection<BigDecimal> points) {
		return scale(points.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** The total after the vetoes that apply: the sum, or the lowest ceiling if lower. */
	public static BigDecimal total(BigDecimal sum, Collection<BigDecimal> ceilings) {
		BigDecimal total = sum;
		for (BigDecimal ceiling : ceilings) {
			total = total.min(ceiling);
		}
		return scale(total);
	}

	/** Two decimals. */
	public static BigDecimal scale(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** Points as written: {@code 8}, {@code 8.5}, {@code 8.25}. */
	public static String text(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0).toPlainString() : plain.toPlainString();
	}

	/**
	 * Points typed by a user: a number with at most two decimals from 0 to {@code max}.
	 * @return the points, or {@code null} if the text is not such a number
	 */
	public static BigDecimal parse(String text, BigDecimal max) {
		if (text == null) {
			return null;
		}
		String clean = text.strip();
		if (clean.isEmpty() || clean.length() > 8 || !clean.matches("\\d{1,3}(\\.\\d{1,2})?")) {
			return null;
		}
		BigDecimal value = new BigDecimal(clean);
		return (value.compareTo(max) > 0) ? null : scale(value);
	}

}
