package org.gongkai.privacy.rules;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;

/**
 * Probable names of other people in a short public text, such as a mailbox letter's
 * subject (Personal Information Protection Law arts. 25, 34): a common surname (the
 * hundred or so most common single ones and the main compound ones) and one or two more
 * Chinese characters, in a context that names a person: after 举报, 投诉, 反映, 村民, 居民 or 邻居
 * and ending there ({@code 举报张三。}, {@code 投诉王小明的违建}), or before 等人, 家, 户, 夫妇 or 一家
 * ({@code 李四等人}). Conservative: a candidate ending in a place or organisation character
 * (张家港, 王府井, 高新区, 李庄村) or followed by an official title (王局长) is no name, and after a
 * context word a candidate must stop where the text does, or before 的 or one of the
 * markers, never in the middle of a word. Plain Java.
 */
public final class ProbableName {

	/** The most common single surnames. */
	static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤";

	/** The main compound surnames. */
	static final List<String> COMPOUND = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙",
			"宇文", "司徒", "端木", "申屠", "南宫", "西门");

	private static final List<String> BEFORE = List.of("举报", "投诉", "反映", "村民", "居民", "邻居");

	private static final List<String> AFTER = List.of("等人", "夫妇", "一家", "家", "户");

	/** Chars a place or organisation name ends in, so the candidate is not a person. */
	private static final String NOT_NAME_END = "村镇乡县区市省州街路港井庄屯湾河山湖桥局委办厅院所站队组部社场厂店园府门楼苑城口";

	/**
	 * Official titles: a person in office is named with the office, not as a private
	 * person.
	 */
	private static final List<String> TITLES = List.of("局长", "书记", "主任", "科长", "镇长", "县长", "村长", "乡长", "区长", "市长", "所长",
			"院长", "部长", "处长", "队长", "组长", "站长", "老师", "医生", "经理", "同志", "先生", "女士", "主席", "委员");

	private ProbableName() {
	}

	/**
	 * The probable names in {@code text} ({@link FindingType#PROBABLE_NAME}), sorted, not
	 * overlapping each other.
	 */
	public static List<Finding> find(String text) {
		List<Finding> found = new ArrayList<>();
		int from = 0;
		for (int at = 0; at < text.length(); at++) {
			if (at < from) {
				continue;
			}
			int surname = surnameLength(text, at);
			if (surname == 0) {
				continue;
			}
			int end = nameEnd(text, at, surname);
			if (end > 0) {
				found.add(new Finding(FindingType.PROBABLE_NAME, at, end, Masking.name(text, at, end)));
				from = end;
			}
		}
		return found;
	}

	private static int surnameLength(String text, int at) {
		for (String compound : COMPOUND) {
			if (text.startsWith(compound, at)) {
				return compound.length();
			}
		}
		return (SURNAMES.indexOf(text.charAt(at)) >= 0) ? 1 : 0;
	}

	/** Where the name starting at {@code at} ends, or -1 if there is none. */
	private static int nameEnd(String text, int at, int surname) {
		boolean afterContext = BEFORE.stream()
			.anyMatch((word) -> at >= word.length() && text.startsWith(word, at - word.length()));
		for (int given = 2; given >= 1; given--) {
			int end = at + surname + given;
			if (end > text.length() || !allHan(text, at + surname, end) || !plausible(text, at, end)) {
				continue;
			}
			boolean marker = AFTER.stream().anyMatch((word) -> text.startsWith(word, end));
			boolean stops = end == text.length() || !isHan(text.charAt(end)) || text.startsWith("的", end);
			if (marker || (afterContext && stops)) {
				return end;
			}
		}
		return -1;
	}

	private static boolean plausible(String text, int start, int end) {
		if (NOT_NAME_END.indexOf(text.charAt(end - 1)) >= 0) {
			return false;
		}
		// 王局长, 李书记: a title starts inside the candidate or right after it
		for (int at = start + 1; at <= end; at++) {
			for (String title : TITLES) {
				if (text.startsWith(title, at)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean allHan(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isHan(text.charAt(i)) || "的等家户一".indexOf(text.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHan(char c) {
		return c >= '\u4e00' && c <= '\u9fff';
	}

}
