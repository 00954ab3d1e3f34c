package org.gongkai.privacy.rules;

/**
 * The rules of a resident ID number (公民身份号码, GB 11643-1999): six digits of the area of
 * first registration, the birth date {@code yyyyMMdd}, three digits of sequence and a
 * check character; legacy numbers have 15 digits, the birth date as {@code yyMMdd} in the
 * 1900s and no check character. Plain Java; reads digits in place, without copying (a
 * number grouped by separators is copied once, when its shape fits).
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

	/**
	 * In {@code text} (folded), the 6 digits from {@code r} to {@code e} are followed by
	 * a separator and a digit: the end of a valid ID number grouped as area, birth date
	 * and sequence with that one separator, {@code 110101 19900307 651X} (6-8-4) or a
	 * legacy {@code 350102 491231 123} (6-6-3), standing alone (no letter, digit or
	 * further group on either side); -1 if there is none.
	 */
	static int groupedEnd(String text, int r, int e, int latestBirthYear) {
		int length = text.length();
		char separator = text.charAt(e);
		if (r >= 2 && text.charAt(r - 1) == separator && isDigit(text.charAt(r - 2))) {
			return -1;
		}
		int birth = digitsEnd(text, e + 1);
		int third = birth + 1;
		if (third >= length || text.charAt(birth) != separator || !isDigit(text.charAt(third))) {
			return -1;
		}
		int end = digitsEnd(text, third);
		boolean full = birth - e - 1 == 8;
		if (full && end - third == 3 && end < length && (text.charAt(end) == 'X' || text.charAt(end) == 'x')) {
			end++;
		}
		if (end - third != (full ? 4 : 3) || (!full && birth - e - 1 != 6)
				|| (end < length && TextScan.isLetterOrDigit(text.charAt(end)))
				|| (end + 1 < length && text.charAt(end) == separator && isDigit(text.charAt(end + 1)))) {
			return -1;
		}
		String id = text.substring(r, e) + text.substring(e + 1, birth) + text.substring(third, end);
		boolean valid = full ? isValid18(id, 0, latestBirthYear) : isValid15(id, 0);
		return valid ? end : -1;
	}

	private static int digitsEnd(String text, int from) {
		int end = from;
		while (end < text.length() && isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
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
