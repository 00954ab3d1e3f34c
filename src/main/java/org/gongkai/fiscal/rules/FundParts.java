package org.gongkai.fiscal.rules;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.fiscal.FundPart;

/**
 * Which parts of a special fund are disclosed (docs/legal-rules.md, Fiscal disclosure):
 * the county schemes score a fund's name and amount, basis, allocation method and
 * results, per-household recipients for subsidies paid to households, and the
 * disbursement; a fund disclosed only as a total is incomplete.
 */
public final class FundParts {

	private FundParts() {
	}

	/**
	 * The parts the fund's entries hold (whether or not it is published).
	 * @param households whether the fund pays households (惠民惠农补贴), which makes the
	 * recipients a required part
	 * @param recipients how many recipients are entered
	 */
	public static Set<FundPart> present(boolean households, String basis, String method, String results, int recipients,
			String disbursement) {
		Set<FundPart> parts = EnumSet.of(FundPart.TOTAL);
		if (filled(basis)) {
			parts.add(FundPart.BASIS);
		}
		if (filled(method)) {
			parts.add(FundPart.METHOD);
		}
		if (filled(results) || recipients > 0) {
			parts.add(FundPart.RESULTS);
		}
		if (households && recipients > 0) {
			parts.add(FundPart.RECIPIENTS);
		}
		if (filled(disbursement)) {
			parts.add(FundPart.DISBURSEMENT);
		}
		return parts;
	}

	/**
	 * The parts a fund must disclose: all of them, the recipients only when it pays
	 * households.
	 */
	public static Set<FundPart> required(boolean households) {
		Set<FundPart> parts = EnumSet.allOf(FundPart.class);
		if (!households) {
			parts.remove(FundPart.RECIPIENTS);
		}
		return parts;
	}

	private static boolean filled(String text) {
		return text != null && !text.isBlank();
	}

}
