package org.gongkai.powers.rules;

/**
 * The supervision phone of a power (监督电话): one or more numbers people can call, such as
 * {@code 0771-1234567}, {@code (0771)1234567}, {@code 12345} or
 * {@code 0771-1234567、12345}: digits with area-code hyphens, brackets, spaces and list
 * separators, at least five digits (the 12345 hotline) and at most {@link #MAX_LENGTH}
 * characters, starting with a digit or a bracket.
 */
public final class SupervisionPhone {

	/** The longest text accepted. */
	public static final int MAX_LENGTH = 50;

	/** The fewest digits a number has. */
	public static final int MIN_DIGITS = 5;

	private static final String ALLOWED = "0123456789-()（） 、/,，;；";

	private SupervisionPhone() {
	}

	/** Whether the (stripped) text is a phone people can call. */
	public static boolean valid(String text) {
		if (text == null) {
			return false;
		}
		String plain = text.strip();
		if (plain.isEmpty() || plain.length() > MAX_LENGTH) {
			return false;
		}
		char first = plain.charAt(0);
		if (!Character.isDigit(first) && first != '(' && first != '（') {
			return false;
		}
		int digits = 0;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (ALLOWED.indexOf(c) < 0) {
				return false;
			}
			if (c >= '0' && c <= '9') {
				digits++;
			}
		}
		return digits >= MIN_DIGITS;
	}

}
