package org.gongkai.privacy.rules;

/**
 * The Luhn check (ISO/IEC 7812-1) that every bank card number passes. Plain Java; reads
 * the digits in place and skips separators.
 */
final class BankCardNumber {

	private BankCardNumber() {
	}

	/**
	 * Whether the digits between {@code from} and {@code to} (exclusive; other chars are
	 * skipped) pass the Luhn check: doubling every second digit from the right, the sum
	 * of all digits is a multiple of 10.
	 */
	static boolean passesLuhn(CharSequence text, int from, int to) {
		int sum = 0;
		boolean doubled = false;
		for (int i = to - 1; i >= from; i--) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				continue;
			}
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

}
