package org.gongkai.powers.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a power list (the change note, 修订说明): a power
 * keeps its key from one version to the next, so a power whose key is new was added, one
 * whose key is gone was removed, and one whose fields differ was changed (naming the
 * fields). Empty and missing values are the same; the order of the powers is no change.
 */
public final class ListChanges {

	private ListChanges() {
	}

	/**
	 * A power as the comparison sees it.
	 *
	 * @param key the key it keeps across versions
	 * @param name its name, for the note
	 * @param fields its fields by name, in the order the note names them
	 */
	public record Entry(String key, String name, Map<String, String> fields) {

	}

	/**
	 * A power found in both versions with different fields.
	 *
	 * @param name its name in the newer version
	 * @param previousName its name in the older one
	 * @param fields the names of the fields that differ, in the newer entry's order
	 */
	public record Changed(String name, String previousName, List<String> fields) {

	}

	/**
	 * The note: the powers added (newer order), changed (newer order) and removed (older
	 * order), by name.
	 */
	public record Changes(List<String> added, List<Changed> changed, List<String> removed) {

		/** Whether nothing differs. */
		public boolean none() {
			return this.added.isEmpty() && this.changed.isEmpty() && this.removed.isEmpty();
		}

	}

	/** The changes from {@code previous} to {@code next}. */
	public static Changes compare(List<Entry> previous, List<Entry> next) {
		Map<String, Entry> before = new HashMap<>();
		for (Entry entry : previous) {
			before.put(entry.key(), entry);
		}
		Set<String> kept = new LinkedHashSet<>();
		List<String> added = new ArrayList<>();
		List<Changed> changed = new ArrayList<>();
		for (Entry entry : next) {
			Entry old = before.get(entry.key());
			if (old == null) {
				added.add(entry.name());
				continue;
			}
			kept.add(entry.key());
			List<String> fields = differing(old.fields(), entry.fields());
			if (!fields.isEmpty()) {
				changed.add(new Changed(entry.name(), old.name(), fields));
			}
		}
		List<String> removed = new ArrayList<>();
		for (Entry entry : previous) {
			if (!kept.contains(entry.key())) {
				removed.add(entry.name());
			}
		}
		return new Changes(List.copyOf(added), List.copyOf(changed), List.copyOf(removed));
	}

	static List<String> differing(Map<String, String> old, Map<String, String> now) {
		Set<String> names = new LinkedHashSet<>(now.keySet());
		names.addAll(old.keySet());
		List<String> fields = new ArrayList<>();
		for (String name : names) {
			if (!Objects.equals(plain(old.get(name)), plain(now.get(name)))) {
				fields.add(name);
			}
		}
		return fields;
	}

	private static String plain(String value) {
		return (value == null) ? "" : value.strip();
	}

}
