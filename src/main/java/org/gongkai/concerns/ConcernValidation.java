package org.gongkai.concerns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

/**
 * The checks of the concern and response forms, each problem with the message key of its
 * field, so a form shows them all at once.
 */
final class ConcernValidation {

	static final int MAX_TITLE = 100;

	static final int MAX_SOURCE = 200;

	static final int MAX_HANDLER = 100;

	static final int MAX_NOTE = 1000;

	static final int MAX_LINK = 500;

	private ConcernValidation() {
	}

	static List<RuleViolationException> concern(ConcernInput input, Clock clock) {
		List<RuleViolationException> problems = new ArrayList<>();
		text(Text.clean(input.title()), "title", MAX_TITLE, problems);
		if (kind(input.kind()) == null) {
			problems.add(new RuleViolationException("concerns.kind.invalid", "Bad kind"));
		}
		text(Text.clean(input.source()), "source", MAX_SOURCE, problems);
		Instant arose = instant(input.aroseAt(), clock);
		if (arose == null) {
			problems.add(new RuleViolationException("concerns.arose-at.invalid", "Bad moment"));
		}
		else if (arose.isAfter(clock.instant())) {
			problems.add(new RuleViolationException("concerns.arose-at.future", "Moment in the future"));
		}
		if (severity(input.severity()) == null) {
			problems.add(new RuleViolationException("concerns.severity.invalid", "Bad severity"));
		}
		text(Text.clean(input.handler()), "handler", MAX_HANDLER, problems);
		return problems;
	}

	static List<RuleViolationException> response(ResponseInput input, Instant arose, Clock clock) {
		List<RuleViolationException> problems = new ArrayList<>();
		Instant at = instant(input.answeredAt(), clock);
		if (at == null) {
			problems.add(new RuleViolationException("concerns.answered-at.invalid", "Bad moment"));
		}
		else if (at.isAfter(clock.instant())) {
			problems.add(new RuleViolationException("concerns.answered-at.future", "Moment in the future"));
		}
		else if (at.isBefore(arose)) {
			problems.add(new RuleViolationException("concerns.answered-at.early", "Before the concern"));
		}
		String link = Text.clean(input.link());
		if (!link.isEmpty() && (link.length() > MAX_LINK || !validLink(link))) {
			problems.add(new RuleViolationException("concerns.link.invalid", "Bad link", MAX_LINK));
		}
		text(Text.clean(input.note()), "note", MAX_NOTE, problems);
		return problems;
	}

	private static boolean validLink(String link) {
		String lower = link.toLowerCase(Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) && link.length() > 8
				&& link.chars().noneMatch((c) -> c <= ' ' || c == '"' || c == '<' || c == '>');
	}

	private static void text(String value, String field, int max, List<RuleViolationException> problems) {
		if (value.isEmpty()) {
			problems.add(new RuleViolationException("concerns." + field + ".missing", "Missing " + field));
		}
		else if (value.length() > max) {
			problems.add(new RuleViolationException("concerns." + field + ".too-long", "Too long " + field, max));
		}
	}

	static ConcernKind kind(String text) {
		for (ConcernKind kind : ConcernKind.values()) {
			if (kind.name().equals(text)) {
				return kind;
			}
		}
		return null;
	}

	static ConcernSeverity severity(String text) {
		for (ConcernSeverity severity : ConcernSeverity.values()) {
			if (severity.name().equals(text)) {
				return severity;
			}
		}
		return null;
	}

	/**
	 * A moment typed as {@code yyyy-MM-ddTHH:mm} in the platform's zone, or {@code null}.
	 */
	static Instant instant(String text, Clock clock) {
		if (text == null || text.isBlank() || text.length() > 30) {
			return null;
		}
		try {
			LocalDateTime local = LocalDateTime.parse(text.strip());
			if (local.getYear() < 2000) {
				return null;
			}
			return local.atZone(clock.getZone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The agency has no public 回应关切 column to publish the response in. */
	static RuleViolationException noColumn() {
		return new RuleViolationException("concerns.column.missing", "No concerns column");
	}

	/** The concern is answered already. */
	static RuleViolationException alreadyAnswered() {
		return new RuleViolationException("concerns.answered.already", "Already answered");
	}

}
