package org.gongkai.platform.web;

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
		String[] parts = ex.messageKey().split("\\.");
		String segment = (parts.length >= 2) ? parts[1] : "";
		String field = fields.getOrDefault(segment, camel(segment));
		if (!field.isEmpty() && result.getTarget() != null && hasProperty(result, field)) {
			result.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
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
