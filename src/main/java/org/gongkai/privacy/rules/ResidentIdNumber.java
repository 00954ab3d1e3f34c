package org.gongkai.privacy.rules;

/**
 * The rules of a resident ID number (公民身份号码, GB 11643-1999): six digits of the area of
 * first registration, the birth date {@code yyyyMMdd}, three digits of sequence and a
 * check character; legacy numbers have 15 digits, the birth date as {@code yyMMdd} in the
 * 1900s and no check character. Plain Java; reads digits in place, without copying.
 */
final class ResidentIdNumber {

	/** GB 11643: weight of position i is 2^(17-i) mod 11. */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** GB 11643: the check character for (Σ digit × weight) mod 11. */
	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final int EARLIEST_BIRTH_YEAR = 1900;

	private ResidentIdNumber() {
	}

	/**
	 * Whether the 18 chars at {@code from} are a valid number: 17 digits, the right check
	 * character ({@code x} accepted for {@code X}), an area code starting 1–8 and a real
	 * birth date between 1900 and {@code latestBirthYear}.
	 */
	static boolean isValid18(CharSequence text, int from, int latestBirthYear) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = text.charAt(from + i) - '0';
			if (digit < 0 || digit > 9) {
				return false;
			}
			sum += digit * WEIGHTS[i];
		}
		char check = text.charAt(from + 17);
		if (check == 'x') {
			check = 'X';
		}
		return check == CHECK_CHARACTERS.charAt(sum % 11) && isArea(text.charAt(from)) && isBirthDate(
				number(text, from + 6, 4), number(text, from + 10, 2), number(text, from + 12, 2), latestBirthYear);
	}

	/**
	 * Whether the 15 chars at {@code from} are a valid legacy number: digits, an area
	 * code starting 1–8 and a real birth date {@code 19yyMMdd}.
	 */
	static boolean isValid15(CharSequence text, int from) {
		for (int i = 0; i < 15; i++) {
			char c = text.charAt(from + i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return isArea(text.charAt(from)) && isBirthDate(1900 + number(text, from + 6, 2), number(text, from + 8, 2),
				number(text, from + 10, 2), 1999);
	}

	// GB/T 2260 area codes start with the region digit 1 (North China) to 8 (HK, Macao,
	// Taiwan)
	private static boolean isArea(char first) {
		return first >= '1' && first <= '8';
	}

	private static boolean isBirthDate(int year, int month, int day, int latestYear) {
		if (year < EARLIEST_BIRTH_YEAR || year > latestYear || month < 1 || month > 12 || day < 1) {
			return false;
		}
		return day <= lengthOfMonth(year, month);
	}

	private static int lengthOfMonth(int year, int month) {
		return switch (month) {
			case 2 -> ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	private static int number(CharSequence text, int from, int digits) {
		int value = 0;
		for (int i = from; i < from + digits; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

}
