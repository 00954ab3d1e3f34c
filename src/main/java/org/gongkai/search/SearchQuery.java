package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.Genre;

/**
 * A validated public search: the words to find and the filters. Built only through
 * {@link #parse}, which refuses anything that is not plain text or a known value, so
 * nothing the public types reaches a query parser: words are matched as analysed text, a
 * quoted part as a phrase.
 *
 * @param text the query as typed (stripped), or empty for all items
 * @param words the unquoted words, as separated by spaces (see {@link #terms()})
 * @param phrases the quoted parts (ASCII or Chinese quotation marks; each must occur as a
 * phrase)
 * @param creditCode only items of the agency with this credit code (upper case), or
 * {@code null}
 * @param columnId only items of this column, or {@code null}
 * @param year only items published in this year, or {@code null}
 * @param genre only items of this kind, or {@code null}
 * @param page the page, from 1
 * @param size items per page, 1 to {@value #MAX_SIZE}
 * @param byDate newest first instead of by relevance
 */
public record SearchQuery(String text, List<String> words, List<String> phrases, String creditCode, Long columnId,
		Integer year, Genre genre, int page, int size, boolean byDate) {

	/** The longest query accepted, in characters. */
	public static final int MAX_LENGTH = 200;

	/** The most words and phrases in a query. */
	public static final int MAX_TERMS = 10;

	/** The largest page size. */
	public static final int MAX_SIZE = 50;

	/** The default page size. */
	public static final int DEFAULT_SIZE = 20;

	/** How deep paging may go (offset of the last hit shown). */
	public static final int MAX_DEPTH = 10_000;

	/**
	 * Characters of Lucene's query syntax, refused so nobody mistakes them for operators.
	 */
	private static final Pattern SYNTAX = Pattern.compile("[*?:\\\\~^\\[\\]{}|&!]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

	private static final Pattern LINE = Pattern.compile("[\\t\\n\\r]");

	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Z]{18}");

	private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

	/** A term as searched: a run of Chinese characters, letters or digits. */
	private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");

	/** What a quoted phrase needs to be searched: a letter or a digit. */
	private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

	public SearchQuery {
		words = List.copyOf(words);
		phrases = List.copyOf(phrases);
	}

	/**
	 * Whether anything was typed (else all public items, newest first); typed text
	 * without {@link #terms()} finds nothing.
	 */
	public boolean hasText() {
		return !this.text.isEmpty();
	}

	/**
	 * The terms each found item must contain: the runs of Chinese characters, letters or
	 * digits of the unquoted words (anything else separates them, like a space), then the
	 * quoted phrases that hold a letter or digit, whole. Empty when the text holds no
	 * letter or digit (only punctuation), which finds nothing.
	 */
	public List<String> terms() {
		List<String> terms = new ArrayList<>();
		for (String word : this.words) {
			RUN.matcher(word).results().forEach((run) -> terms.add(run.group()));
		}
		for (String phrase : this.phrases) {
			if (WORD_CHARACTER.matcher(phrase).find()) {
				terms.add(phrase);
			}
		}
		return terms;
	}

	/**
	 * Validates request parameters as they come (strings, any may be {@code null} or
	 * blank for the default).
	 * @param sort {@code relevance} (the default with words) or {@code date}
	 * @throws RuleViolationException with a {@code search.*} message key for anything
	 * malformed
	 */
	public static SearchQuery parse(String q, String agency, String column, String year, String genre, String page,
			String size, String sort) {
		// tabs and line breaks pasted into the box separate words like spaces
		String typed = (q != null) ? LINE.matcher(q).replaceAll(" ").strip() : "";
		// Chinese quotation marks quote a phrase as ASCII ones do
		String text = typed.replace('\u201c', '"').replace('\u201d', '"');
		if (text.length() > MAX_LENGTH) {
			throw new RuleViolationException("search.q.too-long", "Query longer than " + MAX_LENGTH, MAX_LENGTH);
		}
		if (SYNTAX.matcher(text).find() || CONTROL.matcher(text).find()
				|| text.chars().filter((c) -> c == '"').count() % 2 != 0) {
			throw new RuleViolationException("search.q.syntax", "Query with syntax characters");
		}
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		String[] parts = text.split("\"", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].strip();
			if (part.isEmpty()) {
				continue;
			}
			if (i % 2 == 1) {
				phrases.add(SPACE.matcher(part).replaceAll(" "));
			}
			else {
				for (String word : SPACE.split(part)) {
					if (!word.isEmpty()) {
						words.add(word);
					}
				}
			}
		}
		if (words.size() + phrases.size() > MAX_TERMS) {
			throw new RuleViolationException("search.q.too-many-terms", "Too many words", MAX_TERMS);
		}
		String creditCode = blank(agency) ? null : agency.strip().toUpperCase(Locale.ROOT);
		if (creditCode != null && !CREDIT_CODE.matcher(creditCode).matches()) {
			throw new RuleViolationException("search.agency.invalid", "Bad credit code filter");
		}
		Long columnId = blank(column) ? null : number(column, 1, Long.MAX_VALUE, "search.column.invalid");
		Integer yearValue = blank(year) ? null : (int) number(year, 1990, 2100, "search.year.invalid");
		Genre genreValue = null;
		if (!blank(genre)) {
			try {
				genreValue = Genre.valueOf(genre.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolationException("search.genre.invalid", "Unknown genre");
			}
		}
		int sizeValue = blank(size) ? DEFAULT_SIZE : (int) number(size, 1, MAX_SIZE, "search.size.invalid", MAX_SIZE);
		int maxPage = MAX_DEPTH / sizeValue;
		int pageValue = blank(page) ? 1 : (int) number(page, 1, maxPage, "search.page.invalid", maxPage);
		String order = blank(sort) ? "" : sort.strip().toLowerCase(Locale.ROOT);
		if (!order.isEmpty() && !order.equals("relevance") && !order.equals("date")) {
			throw new RuleViolationException("search.sort.invalid", "Unknown sort");
		}
		boolean byDate = order.equals("date") || (words.isEmpty() && phrases.isEmpty());
		return new SearchQuery(typed, words, phrases, creditCode, columnId, yearValue, genreValue, pageValue, sizeValue,
				byDate);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static long number(String value, long min, long max, String key, Object... arguments) {
		String digits = value.strip();
		if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new RuleViolationException(key, "Not a number: " + value, arguments);
		}
		long number;
		try {
			number = Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(key, "Not a number: " + value, arguments);
		}
		if (number < min || number > max) {
			throw new RuleViolationException(key, "Out of range: " + value, arguments);
		}
		return number;
	}

}
