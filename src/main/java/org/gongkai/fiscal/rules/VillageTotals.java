package org.gongkai.fiscal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of a household subsidy list against its own totals: the amounts of each
 * village's households must add up to the total the file states for that village (a 合计/小计
 * row, or the row of the totals sheet), and every village needs one, so a list that lost
 * or gained a row on its way from the 一卡通 system is refused before anything is stored.
 */
public final class VillageTotals {

	/** A village whose households do not add up to its stated total. */
	public record Mismatch(String village, BigDecimal counted, BigDecimal stated) {

	}

	private VillageTotals() {
	}

	/**
	 * The households' sum per village, in the order the villages first appear.
	 * @param villages each household's village
	 * @param amounts each household's amount, same order and size
	 */
	public static Map<String, BigDecimal> sums(List<String> villages, List<BigDecimal> amounts) {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		for (int i = 0; i < villages.size(); i++) {
			sums.merge(villages.get(i), amounts.get(i), BigDecimal::add);
		}
		return sums;
	}

	/**
	 * The villages whose sum differs from the stated total, and those without a stated
	 * total ({@code stated} null), or with a total but no households ({@code counted}
	 * zero).
	 */
	public static List<Mismatch> check(Map<String, BigDecimal> counted, Map<String, BigDecimal> stated) {
		List<Mismatch> problems = new ArrayList<>();
		counted.forEach((village, sum) -> {
			BigDecimal total = stated.get(village);
			if (total == null || total.compareTo(sum) != 0) {
				problems.add(new Mismatch(village, sum, total));
			}
		});
		stated.forEach((village, total) -> {
			if (!counted.containsKey(village)) {
				problems.add(new Mismatch(village, BigDecimal.ZERO, total));
			}
		});
		return problems;
	}

}
