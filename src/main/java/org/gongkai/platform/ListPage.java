package org.gongkai.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * One page of a back-office list read in the database: a page number past the end shows
 * the last page, a size is clamped to 1..{@code maxSize}, so no parameter fails a list; a
 * search text becomes a literal LIKE pattern.
 */
public final class ListPage {

	private ListPage() {
	}

	/**
	 * The rows matching {@code where} on page {@code page} (from 0) of {@code size} rows
	 * in {@code order}; a negative page is the first, one past the end the last.
	 */
	public static <T> Page<T> of(JpaSpecificationExecutor<T> rows, Specification<T> where, int page, int size,
			int maxSize, Sort order) {
		int pageSize = Math.min(Math.max(size, 1), maxSize);
		long total = rows.count(where);
		int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize));
		int shown = Math.min(Math.max(page, 0), pages - 1);
		return rows.findAll(where, PageRequest.of(shown, pageSize, order));
	}

	/**
	 * Page {@code page} (from 0) of {@code size} rows of a list already in memory (a
	 * short one: an agency's fixed templates, the agencies a user may see), clamped as
	 * the database pages are.
	 */
	public static <T> Page<T> of(List<T> rows, int page, int size, int maxSize) {
		int pageSize = Math.min(Math.max(size, 1), maxSize);
		int pages = Math.max(1, (rows.size() + pageSize - 1) / pageSize);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		int start = shown * pageSize;
		return new PageImpl<>(rows.subList(Math.min(start, rows.size()), Math.min(start + pageSize, rows.size())),
				PageRequest.of(shown, pageSize), rows.size());
	}

	/**
	 * Whether one of {@code values} contains {@code text} literally, ignoring case: the
	 * search of a list paged in memory ({@link #of(List, int, int, int)}); every value
	 * matches a blank or {@code null} text, a {@code null} value none.
	 */
	public static boolean contains(String text, String... values) {
		String wanted = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		if (wanted.isEmpty()) {
			return true;
		}
		for (String value : values) {
			if (value != null && value.toLowerCase(Locale.ROOT).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A case-insensitive SQL LIKE pattern for rows containing {@code value} literally:
	 * lower-cased, its percent signs, underscores and backslashes escaped with a
	 * backslash (the escape character to pass to the query), or {@code null} when the
	 * value is blank.
	 */
	public static String containsPattern(String value) {
		String text = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		if (text.isEmpty()) {
			return null;
		}
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
