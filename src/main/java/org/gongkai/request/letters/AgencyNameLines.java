package org.gongkai.request.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * An agency's name in a letter's signature block cut into lines that never break inside a
 * word (GB/T 9704 7.3.5 keeps the issuing agency's name whole): a name that fits stays on
 * one line; a longer one breaks after one of its parts (人民政府, 办公室, 委员会, 局, 镇, 乡, 县 …; not
 * 市 or 区, which also start words such as 市场 and 区域), the break that leaves the most even
 * lines; a name without such a part is cut into even lines. Plain Java.
 */
final class AgencyNameLines {

	/** The ends of an agency's parts, where a line may break; longer ones first. */
	static final List<String> PART_ENDS = List.of("人民政府", "办事处", "办公室", "委员会", "自治区", "自治州", "局", "镇", "乡", "县");

	private AgencyNameLines() {
	}

	/**
	 * The lines of {@code name}, each at most {@code perLine} characters when the name's
	 * parts allow it.
	 */
	static List<String> of(String name, int perLine) {
		List<String> lines = new ArrayList<>();
		String rest = name.strip();
		while (rest.codePointCount(0, rest.length()) > perLine) {
			int length = rest.codePointCount(0, rest.length());
			int cut = (length <= 2 * perLine) ? evenBreak(rest, perLine) : lastBreak(rest, perLine);
			lines.add(rest.substring(0, cut));
			rest = rest.substring(cut);
		}
		lines.add(rest);
		return lines;
	}

	/**
	 * Where to break a name of at most two lines: the part end leaving the most even
	 * lines.
	 */
	private static int evenBreak(String name, int perLine) {
		int length = name.codePointCount(0, name.length());
		int best = -1;
		int bestSpread = Integer.MAX_VALUE;
		for (int at : partEnds(name)) {
			int first = name.codePointCount(0, at);
			int spread = Math.abs(first - (length - first));
			if (first <= perLine && length - first <= perLine && spread < bestSpread) {
				best = at;
				bestSpread = spread;
			}
		}
		return (best > 0) ? best : name.offsetByCodePoints(0, (length + 1) / 2);
	}

	/** Where to end the first of three or more lines: the last part end that fits. */
	private static int lastBreak(String name, int perLine) {
		int limit = name.offsetByCodePoints(0, perLine);
		int best = -1;
		for (int at : partEnds(name)) {
			if (at <= limit) {
				best = Math.max(best, at);
			}
		}
		return (best > 0) ? best : limit;
	}

	/** The offsets just after each part end, except at the name's end. */
	private static List<Integer> partEnds(String name) {
		List<Integer> ends = new ArrayList<>();
		for (String end : PART_ENDS) {
			for (int at = name.indexOf(end); at >= 0; at = name.indexOf(end, at + 1)) {
				int after = at + end.length();
				if (after < name.length() && !ends.contains(after)) {
					ends.add(after);
				}
			}
		}
		return ends;
	}

}
