package org.gongkai.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reading the query parameters of the back office's lists as typed, so that hostile
 * values never fail a page: a page number or size that is not a number, negative or huge
 * is clamped to the nearest sensible value, a date that is not one is no filter, and a
 * search text is cut to a bounded length.
 */
public final class ListParameters {

	/** The longest search text read; the rest is ignored. */
	public static final int MAX_TEXT = 100;

	private ListParameters() {
	}

	/** A zero-based page number from its text: 0 when missing, malformed or negative. */
	public static int page(String value) {
		long page = number(value, 0);
		return (int) Math.min(Math.max(page, 0), 1_000_000);
	}

	/**
	 * A page size from its text: {@code fallback} when missing or malformed, else clamped
	 * to 1..{@code max}.
	 */
	public static int size(String value, int fallback, int max) {
		long size = number(value, fallback);
		return (int) Math.min(Math.max(size, 1), max);
	}

	/**
	 * A day in ISO form ({@code 2026-12-06}), or {@code null} when missing or malformed.
	 */
	public static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** An id, or {@code null} when missing or malformed. */
	public static Long id(String value) {
		long id = number(value, -1);
		return (id > 0) ? id : null;
	}

	/**
	 * One of an enum's constants by its exact name, or {@code null} for anything else.
	 */
	public static <E extends Enum<E>> E choice(String value, Class<E> type) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	/** A search text without control characters, at most {@link #MAX_TEXT} long. */
	public static String text(String value) {
		if (value == null) {
			return "";
		}
		String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
		return (clean.length() > MAX_TEXT) ? clean.substring(0, MAX_TEXT) : clean;
	}

	private static long number(String value, long fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String digits = value.strip();
		if (!digits.matches("-?\\d{1,18}")) {
			return digits.matches("\\d+") ? Long.MAX_VALUE : fallback;
		}
		return Long.parseLong(digits);
	}

}
