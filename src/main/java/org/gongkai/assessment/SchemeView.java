package org.gongkai.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.assessment.rules.PeriodKind;
import org.gongkai.assessment.rules.Scoring;

/**
 * A scheme as the pages show it.
 *
 * @param id its id
 * @param ownerAgencyId the agency of the office that owns it
 * @param ownerCreditCode that agency's credit code
 * @param name its name
 * @param kind the kind of period it assesses
 * @param year the year
 * @param items its items, in order
 * @param vetoes its veto rules, in order
 * @param locked whether a result assessed with it was published (then it is read only)
 */
public record SchemeView(long id, long ownerAgencyId, String ownerCreditCode, String name, PeriodKind kind, int year,
		List<ItemView> items, List<VetoView> vetoes, boolean locked) {

	/** The most points the scheme gives. */
	public BigDecimal maxTotal() {
		return Scoring.sum(this.items.stream().map(ItemView::maxPoints).toList());
	}

	/** The maximum as written. */
	public String maxText() {
		return Scoring.text(maxTotal());
	}

	/** The items by section, sections in the order of their first item. */
	public Map<String, List<ItemView>> sections() {
		Map<String, List<ItemView>> out = new LinkedHashMap<>();
		this.items.forEach((i) -> out.computeIfAbsent(i.section(), (k) -> new java.util.ArrayList<>()).add(i));
		return out;
	}

}
