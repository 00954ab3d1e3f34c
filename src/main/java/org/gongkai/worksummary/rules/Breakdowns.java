package org.gongkai.worksummary.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How figures nest by their keys: a figure whose key continues another figure's key after
 * a dot ({@code publication.items.column.news} under {@code publication.items}) is a part
 * of it (「其中…」), quoted after it and left out of the county's side-by-side table, which
 * shows the main figures only.
 */
public final class Breakdowns {

	private Breakdowns() {
	}

	/**
	 * The key among {@code keys} that {@code key} is a part of (the longest), or
	 * {@code null} for a main figure.
	 */
	public static String parentOf(String key, Collection<String> keys) {
		String parent = null;
		for (String other : keys) {
			if (other.length() < key.length() && key.startsWith(other + ".")
					&& (parent == null || other.length() > parent.length())) {
				parent = other;
			}
		}
		return parent;
	}

	/** The main figures' keys among {@code keys}, in their order. */
	public static List<String> main(Collection<String> keys) {
		List<String> main = new ArrayList<>();
		for (String key : keys) {
			if (parentOf(key, keys) == null && !main.contains(key)) {
				main.add(key);
			}
		}
		return main;
	}

}
