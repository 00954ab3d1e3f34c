package org.gongkai.privacy.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;

/**
 * Names of people in a mailbox reply: names known from the letter (the writer's own),
 * wherever they occur, and a name of one to three Chinese characters before the
 * salutations 同志, 先生 and 女士 ({@code 赵六同志}, {@code 王小明女士}, {@code 李先生}). A name before a
 * salutation starts with one of the common surnames and is not a common word ending
 * there, so 「各位同志」, 「广大党员同志」, 「有关同志」 and 「女士们、先生们」 hold none; of the possible starts the
 * earliest wins, unless its surname is really a verb's end (感谢高先生 is 高). Plain Java.
 */
public final class PersonalName {

	private static final String[] SALUTATIONS = { "同志", "先生", "女士" };

	/** The longest name before a salutation, in chars. */
	private static final int MAX_NAME = 3;

	/** The common single surnames (about nine in ten people carry one of them). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

	/**
	 * Words that end right before a salutation without being a name (有关同志, 机关同志, 全体同志),
	 * though their last char may be a surname.
	 */
	private static final List<String> NOT_NAMES = List.of("有关", "相关", "机关", "全体", "党员", "广大", "各位", "其他", "这位", "那位",
			"诸位", "青年", "年轻", "工作", "人员", "干部", "基层", "领导", "单位", "部门", "同事", "老年");

	/** Chars before 谢 that make it the end of a verb (感谢, 致谢), not a surname. */
	private static final String BEFORE_THANKS = "感致鸣答多道";

	private PersonalName() {
	}

	/**
	 * The {@code findings} of {@code text} with the names in it added: {@code names}
	 * wherever they occur (those of two chars or more) and names before salutations;
	 * sorted, not overlapping (a finding of {@code findings} wins over a name it
	 * overlaps).
	 * @param text the text, not null
	 * @param findings what was found in it already, sorted and not overlapping
	 * @param names known names, such as the letter's writer; blank ones are ignored
	 */
	public static List<Finding> addNames(String text, List<Finding> findings, Collection<String> names) {
		List<Finding> found = new ArrayList<>();
		for (String name : names) {
			String known = (name != null) ? name.strip() : "";
			if (known.length() < 2) {
				continue;
			}
			for (int at = text.indexOf(known); at >= 0; at = text.indexOf(known, at + known.length())) {
				found.add(new Finding(FindingType.NAME, at, at + known.length(),
						Masking.name(text, at, at + known.length())));
			}
		}
		for (String salutation : SALUTATIONS) {
			for (int at = text.indexOf(salutation); at >= 0; at = text.indexOf(salutation, at + 1)) {
				int start = nameStart(text, at);
				if (start >= 0) {
					found.add(new Finding(FindingType.NAME, start, at, Masking.name(text, start, at)));
				}
			}
		}
		found.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::end, Comparator.reverseOrder()));
		return merge(findings, found);
	}

	/**
	 * {@code findings} and those of {@code found} that overlap neither them nor an
	 * earlier one of {@code found}, sorted.
	 * @param findings sorted and not overlapping
	 * @param found sorted by start
	 */
	public static List<Finding> merge(List<Finding> findings, List<Finding> found) {
		List<Finding> merged = new ArrayList<>(findings.size() + found.size());
		int next = 0;
		for (Finding name : found) {
			while (next < findings.size() && findings.get(next).end() <= name.start()) {
				merged.add(findings.get(next++));
			}
			boolean overlapsFinding = next < findings.size() && findings.get(next).start() < name.end();
			boolean overlapsName = !merged.isEmpty() && merged.get(merged.size() - 1).end() > name.start();
			if (!overlapsFinding && !overlapsName) {
				merged.add(name);
			}
		}
		merged.addAll(findings.subList(next, findings.size()));
		return merged;
	}

	/**
	 * Where the name before the salutation at {@code salutation} starts, or -1 if there
	 * is none: the earliest of the up to three Chinese characters before it that is a
	 * surname.
	 */
	static int nameStart(String text, int salutation) {
		if ((salutation + 2 < text.length() && text.charAt(salutation + 2) == '们')
				|| (salutation >= 2 && NOT_NAMES.contains(text.substring(salutation - 2, salutation)))) {
			return -1;
		}
		int earliest = salutation;
		while (earliest > 0 && salutation - earliest < MAX_NAME && isHan(text.charAt(earliest - 1))) {
			earliest--;
		}
		for (int start = earliest; start < salutation; start++) {
			char c = text.charAt(start);
			if (SURNAMES.indexOf(c) >= 0
					&& !(c == '谢' && start > 0 && BEFORE_THANKS.indexOf(text.charAt(start - 1)) >= 0)) {
				return start;
			}
		}
		return -1;
	}

	private static boolean isHan(char c) {
		return c >= '\u4e00' && c <= '\u9fff';
	}

}
