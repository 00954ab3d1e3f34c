package org.gongkai.agency;

import org.gongkai.platform.RuleViolationException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters over
 * {@code 0-9A-HJ-NPQRTUWXY}; positions 3–8 the administrative division code (digits); the
 * 18th a check character (docs/legal-rules.md, Proactive disclosure).
 *
 * @param value the normalised code (upper case, no spaces)
 */
public record CreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		if (!isValid(value)) {
			throw new RuleViolationException("agency.credit-code.invalid", "Invalid credit code");
		}
	}

	/**
	 * Reads a code as a person types it: surrounding spaces dropped, letters upper-cased.
	 * @throws RuleViolationException if it is not a valid code
	 */
	public static CreditCode parse(String text) {
		if (text == null) {
			throw new RuleViolationException("agency.credit-code.invalid", "No credit code");
		}
		return new CreditCode(text.strip().toUpperCase(java.util.Locale.ROOT));
	}

	/** Whether {@code text} is a valid code exactly as given (no normalisation). */
	public static boolean isValid(String text) {
		if (text == null || text.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(text.charAt(i)) < 0) {
				return false;
			}
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return text.charAt(17) == checkCharacter(text.substring(0, 17));
	}

	/**
	 * The GB 32100 check character of the first 17 characters: 31 − (Σ value × weight mod
	 * 31), where 31 becomes 0.
	 */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return ALPHABET.charAt((check == 31) ? 0 : check);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
