package org.gongkai.mailbox.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One bar of a server-rendered chart: a label, its value, its length in percent of the
 * longest bar and the value as shown ({@code null} when there is none to show, such as a
 * rate of nothing). Pages draw it as inline SVG beside a data table with the same
 * numbers.
 */
record Bar(String label, long value, int length, String shown) {

	static <T> List<Bar> of(List<T> rows, Function<T, String> label, ToLongFunction<T> value) {
		return of(rows, label, value, (r) -> String.valueOf(value.applyAsLong(r)));
	}

	/**
	 * Bars whose length follows {@code value} and whose text is {@code shown} (a rate to
	 * one decimal, say, with {@code value} in tenths).
	 */
	static <T> List<Bar> of(List<T> rows, Function<T, String> label, ToLongFunction<T> value,
			Function<T, String> shown) {
		long max = rows.stream().mapToLong(value).max().orElse(0);
		return rows.stream().map((r) -> {
			long v = value.applyAsLong(r);
			return new Bar(label.apply(r), v, (max == 0) ? 0 : (int) Math.round(100.0 * v / max), shown.apply(r));
		}).toList();
	}

}
