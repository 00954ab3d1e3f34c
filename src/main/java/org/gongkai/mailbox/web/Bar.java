package org.gongkai.mailbox.web;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One bar of a server-rendered chart: a label, its value and its length in percent of the
 * longest bar. Pages draw it as inline SVG beside a data table with the same numbers.
 */
record Bar(String label, long value, int length) {

	static <T> List<Bar> of(List<T> rows, java.util.function.Function<T, String> label, ToLongFunction<T> value) {
		long max = rows.stream().mapToLong(value).max().orElse(0);
		return rows.stream().map((r) -> {
			long v = value.applyAsLong(r);
			return new Bar(label.apply(r), v, (max == 0) ? 0 : (int) Math.round(100.0 * v / max));
		}).toList();
	}

}
