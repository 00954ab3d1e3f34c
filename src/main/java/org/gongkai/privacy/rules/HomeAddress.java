package org.gongkai.privacy.rules;

/**
 * A home address below township level as the scanner reads it: the house number after the
 * name of a road, street or lane ({@code 人民路25号}, {@code 淮海路123弄4号}, {@code 南锣鼓巷8号}), a
 * village ({@code 东风村3组12号}) or a housing estate ({@code 幸福小区3栋2单元501室}), or a building
 * and its unit or room on their own ({@code 3栋2单元501室}). A house number is numbers
 * (digits, possibly {@code 25-3}, or Chinese numerals) each followed by a unit (号, 组, 栋,
 * 单元, 室…); the first unit must fit the place (a road takes 号 or 弄, a village 组, 号 or 栋),
 * so 「人民路交通管制」, 「第3号文件」, 「地铁2号线」 and 「全村3000人」 are not addresses. The names themselves
 * are public geography; only the number part is reported. Plain Java.
 */
final class HomeAddress {

	/** The kind of place whose name comes before the house number. */
	enum Place {

		/** 路, 街, 巷, 弄, 大道, 胡同: a house number 号 (or a lane 弄 first). */
		ROAD,

		/** 村: a villagers' group 组, a number 号 or a building. */
		VILLAGE,

		/** 小区: a building 栋, 幢, 号楼 or a number 号. */
		ESTATE,

		/** No name, the number itself starts with a building 栋 or 幢. */
		BUILDING

	}

	/** The units of a house number; two-char units first. */
	private static final String[] UNITS = { "号楼", "单元", "号", "组", "栋", "幢", "楼", "室", "层", "户", "弄" };

	/** The most units read in one house number. */
	private static final int MAX_UNITS = 6;

	/** The most chars of one number. */
	private static final int MAX_NUMBER = 6;

	/** The shortest room number written without 室 after a building or unit. */
	private static final int MIN_BARE_ROOM = 3;

	private HomeAddress() {
	}

	/**
	 * Whether {@code c} may end the name of a place before a house number: 路, 街, 巷, 弄, 道,
	 * 村, 区 or 同. A quick test before {@link #placeEndingAt}.
	 */
	static boolean mayEndPlace(char c) {
		return switch (c) {
			case '路', '街', '巷', '弄', '道', '村', '区', '同' -> true;
			default -> false;
		};
	}

	/** The kind of place whose name ends with the char at {@code i}, or null. */
	static Place placeEndingAt(String text, int i) {
		char before = (i > 0) ? text.charAt(i - 1) : ' ';
		return switch (text.charAt(i)) {
			case '路', '街', '巷', '弄' -> Place.ROAD;
			case '道' -> (before == '大') ? Place.ROAD : null;
			case '同' -> (before == '胡') ? Place.ROAD : null;
			case '村' -> Place.VILLAGE;
			case '区' -> (before == '小') ? Place.ESTATE : null;
			default -> null;
		};
	}

	/**
	 * Where the house number of a {@code place} starting at {@code from} ends, or -1 if
	 * there is none.
	 */
	static int end(String text, Place place, int from) {
		int p = from;
		int units = 0;
		String last = null;
		while (units < MAX_UNITS) {
			int number = numberEnd(text, p);
			if (number == p) {
				break;
			}
			String unit = unitAt(text, number);
			if (unit == null) {
				if (takesBareRoom(last) && number - p >= MIN_BARE_ROOM && isAsciiDigit(text.charAt(p))) {
					p = number;
				}
				break;
			}
			if (units == 0 && !fitsFirst(place, unit)) {
				return -1;
			}
			last = unit;
			units++;
			p = number + unit.length();
		}
		if (units == 0 || (place == Place.BUILDING && units < 2)) {
			return -1;
		}
		// a line (地铁2号线), a document (2号文, 2号令) or a character is no house
		if (p < text.length() && "线文令字".indexOf(text.charAt(p)) >= 0) {
			return -1;
		}
		return p;
	}

	/** Whether {@code c} (folded) is part of a number: a digit or a Chinese numeral. */
	static boolean isNumeral(char c) {
		return isAsciiDigit(c) || "〇零一二三四五六七八九十百两".indexOf(c) >= 0;
	}

	/** A room number may follow a building or a unit without 室: {@code 2单元501}. */
	private static boolean takesBareRoom(String unit) {
		return "单元".equals(unit) || "栋".equals(unit) || "幢".equals(unit) || "号楼".equals(unit);
	}

	private static boolean fitsFirst(Place place, String unit) {
		return switch (place) {
			case ROAD -> unit.equals("号") || unit.equals("弄");
			case VILLAGE -> unit.equals("组") || unit.equals("号") || unit.equals("栋") || unit.equals("幢");
			case ESTATE -> unit.equals("栋") || unit.equals("幢") || unit.equals("号楼") || unit.equals("号");
			case BUILDING -> unit.equals("栋") || unit.equals("幢");
		};
	}

	/**
	 * The end of the number at {@code from}: ASCII digits, possibly joined by single
	 * hyphens ({@code 25-3}), or Chinese numerals; {@code from} if there is none.
	 */
	private static int numberEnd(String text, int from) {
		int p = from;
		int length = text.length();
		if (p < length && isAsciiDigit(text.charAt(p))) {
			while (p < length && p - from < MAX_NUMBER && (isAsciiDigit(text.charAt(p)) || (text.charAt(p) == '-'
					&& p + 1 < length && isAsciiDigit(text.charAt(p + 1)) && isAsciiDigit(text.charAt(p - 1))))) {
				p++;
			}
			return p;
		}
		while (p < length && p - from < MAX_NUMBER && isNumeral(text.charAt(p))) {
			p++;
		}
		return p;
	}

	private static String unitAt(String text, int at) {
		for (String unit : UNITS) {
			if (text.startsWith(unit, at)) {
				return unit;
			}
		}
		return null;
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
