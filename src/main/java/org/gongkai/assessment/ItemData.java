package org.gongkai.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an item of a scheme says.
 *
 * @param section the section it is grouped in (公开时效, …)
 * @param title what is assessed
 * @param maxPoints its points when nothing is wrong
 * @param method computed from findings or entered by hand
 * @param rules for a computed item, the inspection rule codes whose findings count
 * @param perFinding for a computed item, the deduction per finding
 * @param cap for a computed item, the most it may lose
 */
public record ItemData(String section, String title, BigDecimal maxPoints, ScoringMethod method, List<String> rules,
		BigDecimal perFinding, BigDecimal cap) {

	public ItemData {
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

}
