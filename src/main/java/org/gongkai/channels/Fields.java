package org.gongkai.channels;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

/**
 * The checks the channels' forms share: plain text without markup, telephone numbers,
 * days, choices of an enum. Each problem is added to the list with the key
 * {@code channels.<field>.<problem>}, the field's name in kebab case.
 */
final class Fields {

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

	private Fields() {
	}

	/** Required plain text of at most {@code max} characters, or {@code null}. */
	static String text(String value, String field, int max, List<RuleViolationException> problems) {
		String cleaned = Text.clean(value);
		if (cleaned.isEmpty() || cleaned.length() > max) {
			problems.add(new RuleViolationException("channels." + field + ".invalid", "Bad " + field, max));
			return null;
		}
		if (MARKUP.matcher(cleaned).find()) {
			problems.add(new RuleViolationException("channels." + field + ".markup", "Markup in " + field));
			return null;
		}
		return cleaned;
	}

	/** Optional plain text: {@code ""} when blank, else as {@link #text}. */
	static String optionalText(String value, String field, int max, List<RuleViolationException> problems) {
		return Text.clean(value).isEmpty() ? "" : text(value, field, max, problems);
	}

	static String phone(String value, String field, List<RuleViolationException> problems) {
		String cleaned = Text.clean(value);
		if (!PHONE.matcher(cleaned).matches()) {
			problems.add(new RuleViolationException("channels." + field + ".invalid", "Bad phone"));
			return null;
		}
		return cleaned;
	}

	/** A day, {@code null} when blank (if optional) or invalid (then a problem). */
	static LocalDate day(String value, String field, boolean required, List<RuleViolationException> problems) {
		String cleaned = Text.clean(value);
		if (cleaned.isEmpty() && !required) {
			return null;
		}
		try {
			return LocalDate.parse(cleaned);
		}
		catch (DateTimeParseException ex) {
			problems.add(new RuleViolationException("channels." + field + ".invalid", "Bad day"));
			return null;
		}
	}

	/** A positive id, {@code null} when blank; a problem when not a number. */
	static Long id(String value, String field, List<RuleViolationException> problems) {
		String cleaned = Text.clean(value);
		if (cleaned.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(cleaned).matches()) {
			problems.add(new RuleViolationException("channels." + field + ".invalid", "Bad id"));
			return null;
		}
		return Long.valueOf(cleaned);
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
			List<RuleViolationException> problems) {
		String name = Text.clean(value).toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		problems.add(new RuleViolationException("channels." + field + ".invalid", "Bad " + field));
		return null;
	}

	static boolean flag(String value) {
		String cleaned = Text.clean(value);
		return "true".equalsIgnoreCase(cleaned) || "on".equalsIgnoreCase(cleaned);
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
