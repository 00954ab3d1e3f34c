package org.gongkai.worksummary.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts a drafted summary leaves for staff to replace: a text in 【】 that begins
 * with 请 (「【请写明本年度工作中存在的主要问题。】」). A summary is finalised only when none is left and no
 * part is blank: 存在问题 and 下一步工作计划 are the office's own words, not the platform's.
 */
public final class Prompts {

	private static final Pattern PROMPT = Pattern.compile("【请[^】\\n]{0,300}】");

	private Prompts() {
	}

	/** The prompts left in {@code text}, in order; empty for {@code null}. */
	public static List<String> in(String text) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		Matcher m = PROMPT.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	/** Whether the part is written: not blank and without a prompt. */
	public static boolean finished(String text) {
		return text != null && !text.isBlank() && in(text).isEmpty();
	}

}
