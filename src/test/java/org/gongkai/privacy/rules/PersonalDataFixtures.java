package org.gongkai.privacy.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Valid and almost-valid personal data for tests, computed here from the standards rather
 * than with the scanner's own code: GB 11643 check characters and Luhn check digits.
 */
final class PersonalDataFixtures {

	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	private PersonalDataFixtures() {
	}

	/**
	 * The GB 11643 check character of 17 digits: weights 2^(17−i) mod 11, "10X98765432".
	 */
	static char idCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = 1;
			for (int k = 0; k < 17 - i; k++) {
				weight = weight * 2 % 11;
			}
			sum += (first17.charAt(i) - '0') * weight;
		}
		return "10X98765432".charAt(sum % 11);
	}

	/** A valid 18-character ID number. */
	static String idNumber(String area, LocalDate birth, int sequence) {
		String first17 = area + birth.format(BASIC) + String.format("%03d", sequence);
		return first17 + idCheck(first17);
	}

	/**
	 * A valid ID number for {@code area} and {@code birth} that passes (or fails) the
	 * Luhn check as asked, to tell ID numbers and bank cards apart.
	 */
	static String idNumber(String area, LocalDate birth, boolean passingLuhn) {
		for (int sequence = 1; sequence < 1000; sequence++) {
			String id = idNumber(area, birth, sequence);
			if (!id.endsWith("X") && passesLuhn(id) == passingLuhn) {
				return id;
			}
		}
		throw new IllegalStateException("No sequence fits");
	}

	/** Seventeen digits with a wrong check character, failing the Luhn check too. */
	static String idNumberWithWrongCheck(String area, LocalDate birth) {
		String first17 = area + birth.format(BASIC) + "123";
		for (char check = '0'; check <= '9'; check++) {
			if (check != idCheck(first17) && !passesLuhn(first17 + check)) {
				return first17 + check;
			}
		}
		throw new IllegalStateException("No wrong check fits");
	}

	/**
	 * Eighteen digits with the right check character but the birth date {@code yyyyMMdd}
	 * as given (possibly impossible), failing the Luhn check.
	 */
	static String idNumberWithBirth(String area, String yyyyMMdd) {
		for (int sequence = 1; sequence < 1000; sequence++) {
			String first17 = area + yyyyMMdd + String.format("%03d", sequence);
			String id = first17 + idCheck(first17);
			if (!id.endsWith("X") && !passesLuhn(id)) {
				return id;
			}
		}
		throw new IllegalStateException("No sequence fits");
	}

	/** {@code payload} followed by its Luhn check digit. */
	static String cardNumber(String payload) {
		for (char check = '0'; check <= '9'; check++) {
			if (passesLuhn(payload + check)) {
				return payload + check;
			}
		}
		throw new IllegalStateException("Unreachable");
	}

	/** {@code payload} followed by a digit that fails the Luhn check. */
	static String cardNumberFailingLuhn(String payload) {
		String valid = cardNumber(payload);
		char wrong = (char) ('0' + (valid.charAt(valid.length() - 1) - '0' + 1) % 10);
		return payload + wrong;
	}

	/**
	 * The Luhn check written the textbook way: double every second digit from the right.
	 */
	static boolean passesLuhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			int value = (i % 2 == 1) ? digit * 2 : digit;
			sum += value / 10 + value % 10;
		}
		return sum % 10 == 0;
	}

	/** {@code digits} in groups of four joined by {@code separator}. */
	static String grouped(String digits, String separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i += 4) {
			if (i > 0) {
				out.append(separator);
			}
			out.append(digits, i, Math.min(digits.length(), i + 4));
		}
		return out.toString();
	}

}
