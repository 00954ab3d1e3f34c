package org.gongkai.assessment;

import java.util.List;

/**
 * An item as typed into the scheme form, checked by {@link AssessmentSchemes}.
 *
 * @param section the section
 * @param title what is assessed
 * @param maxPoints the maximum, a number with at most two decimals, over 0 and at most
 * 100
 * @param method {@code COMPUTED} or {@code MANUAL}
 * @param rules the inspection rule codes a computed item counts
 * @param perFinding the deduction per finding of a computed item
 * @param cap the most a computed item may lose
 */
public record ItemInput(String section, String title, String maxPoints, String method, List<String> rules,
		String perFinding, String cap) {

}
