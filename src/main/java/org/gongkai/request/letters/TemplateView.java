package org.gongkai.request.letters;

import java.util.List;

import org.gongkai.request.rules.Outcome;

/**
 * A letter template as the agency's template page shows it.
 *
 * @param key {@code REPLY.<outcome>} or the letter kind's name
 * @param outcome the reply's outcome, {@code null} for notices
 * @param text the current text: the agency's own, or the shipped default
 * @param version the agency's version number, 0 while the default is used
 * @param placeholders the placeholder names this template may use
 */
public record TemplateView(String key, LetterKind kind, Outcome outcome, String text, int version,
		List<String> placeholders) {

}
