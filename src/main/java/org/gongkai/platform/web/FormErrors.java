package org.gongkai.platform.web;

import java.util.List;
import java.util.Map;

import org.gongkai.platform.RuleViolationException;

import org.springframework.validation.BindingResult;

/**
 * Puts a rule violation on the form field it concerns, so the form re-renders with the
 * Chinese message beside that field. The field is the second segment of the message key
 * in camel case ({@code agency.short-name.invalid} → {@code shortName}) unless
 * {@code fields} names another; a key naming no field of the form becomes a global error.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, RuleViolationException ex, Map<String, String> fields) {
		String field = field(ex, fields);
		if (!field.isEmpty() && result.getTarget() != null && hasProperty(result, field)) {
			result.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	/**
	 * Puts every rule violation on its field as {@link #reject} does, so a form shows all
	 * its problems at once; a field that already has an error (a value that did not even
	 * bind) keeps only that one, and a message already shown is not repeated.
	 */
	public static void rejectAll(BindingResult result, List<RuleViolationException> problems,
			Map<String, String> fields) {
		for (RuleViolationException problem : problems) {
			String field = field(problem, fields);
			boolean fieldHasError = !field.isEmpty() && hasProperty(result, field) && result.hasFieldErrors(field);
			boolean shown = result.getAllErrors().stream().anyMatch((e) -> problem.messageKey().equals(e.getCode()));
			if (!fieldHasError && !shown) {
				reject(result, problem, fields);
			}
		}
	}

	private static String field(RuleViolationException ex, Map<String, String> fields) {
		String[] parts = ex.messageKey().split("\\.");
		String segment = (parts.length >= 2) ? parts[1] : "";
		return fields.getOrDefault(segment, camel(segment));
	}

	private static boolean hasProperty(BindingResult result, String field) {
		try {
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static String camel(String kebab) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : kebab.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}

}
