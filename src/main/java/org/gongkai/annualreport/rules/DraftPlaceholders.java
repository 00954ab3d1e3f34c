package org.gongkai.annualreport.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts a draft leaves for the office to replace, such as
 * 「（请据实修改补充：政府信息管理、平台建设等情况。）」: a report is published only without them (Regulations art.
 * 50 asks for the year's real work; docs/legal-rules.md, Annual report). A prompt is a
 * bracketed text (（）, (), 【】, [] or 〔〕) that begins with 请 and asks to fill in, add,
 * change or check something, or that says 待补充, 待填写 and the like; or a run of blanks (＿＿＿,
 * ___, ××, XXX) standing for a missing word.
 */
public final class DraftPlaceholders {

	private static final String INSIDE = "[^（()）【】\\[\\]〔〕\\n]{0,200}?";

	private static final String OPEN = "[（(【\\[〔]\\s*";

	private static final String CLOSE = "[）)】\\]〕]";

	private static final Pattern PROMPT = Pattern
		.compile(OPEN + "请" + INSIDE + "(据实|如实|填写|补充|修改|完善|核实)" + INSIDE + CLOSE + "|" + OPEN + INSIDE
				+ "(待补充|待填写|待完善|待核实|待修改|此处填写|在此填写)" + INSIDE + CLOSE + "|[＿_]{3,}|×{2,}|X{3,}");

	private DraftPlaceholders() {
	}

	/**
	 * The prompts left in {@code text}, in order of appearance; empty for {@code null}. A
	 * bracket only counts when it asks for work: 「（一）主动公开」 and 「（2025年）」 do not.
	 */
	public static List<String> in(String text) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		Matcher matcher = PROMPT.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
