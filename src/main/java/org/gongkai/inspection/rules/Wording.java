package org.gongkai.inspection.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Serious wording errors (严重表述错误, a single-veto item of the website check): wrong forms
 * of fixed political terms, of leaders' names and titles, and sensitive words. Each rule
 * names a wrong form and, where there is one, the right form. A wrong form found inside
 * an occurrence of its right form is not an error (the right 中华人民共和国 contains more than
 * one shorter string that could be listed as wrong).
 */
public final class Wording {

	private final List<Rule> rules;

	public Wording(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * Reads rules written as {@code wrong→right} (or {@code wrong->right}); a line
	 * without an arrow is a sensitive word with no right form. Blank lines are skipped.
	 */
	public static Wording parse(List<String> lines, Kind kind) {
		List<Rule> rules = new ArrayList<>();
		for (String line : lines) {
			if (line == null || line.isBlank()) {
				continue;
			}
			String text = line.strip().replace("->", "→");
			int arrow = text.indexOf('→');
			if (arrow < 0) {
				rules.add(new Rule(text, null, kind));
			}
			else if (arrow > 0) {
				String right = text.substring(arrow + 1).strip();
				rules.add(new Rule(text.substring(0, arrow).strip(), right.isEmpty() ? null : right, kind));
			}
		}
		return new Wording(rules);
	}

	/** These rules and {@code other}'s. */
	public Wording and(Wording other) {
		List<Rule> all = new ArrayList<>(this.rules);
		all.addAll(other.rules);
		return new Wording(all);
	}

	/** The rules that {@code text} breaks, each once, in the rules' order. */
	public List<Rule> errorsIn(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		Set<Rule> found = new LinkedHashSet<>();
		for (Rule rule : this.rules) {
			if (breaks(rule, text)) {
				found.add(rule);
			}
		}
		return List.copyOf(found);
	}

	private static boolean breaks(Rule rule, String text) {
		String wrong = rule.wrong();
		if (wrong.isEmpty()) {
			return false;
		}
		for (int at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + 1)) {
			if (!insideRightForm(rule, text, at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean insideRightForm(Rule rule, String text, int at) {
		String right = rule.right();
		if (right == null || !right.contains(rule.wrong())) {
			return false;
		}
		int end = at + rule.wrong().length();
		for (int start = Math.max(0, end - right.length()); start <= at; start++) {
			if (text.startsWith(right, start)) {
				return true;
			}
		}
		return false;
	}

	/** What a rule is about. */
	public enum Kind {

		/** 固定提法. */
		TERM,

		/** 领导姓名、职务. */
		LEADER,

		/** 敏感词. */
		SENSITIVE

	}

	/**
	 * One wording rule.
	 *
	 * @param wrong the wrong form, as found in text
	 * @param right the right form, or {@code null} (a sensitive word)
	 * @param kind what it is about
	 */
	public record Rule(String wrong, String right, Kind kind) {

	}

}
