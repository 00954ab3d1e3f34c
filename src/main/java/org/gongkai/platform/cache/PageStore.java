package org.gongkai.platform.cache;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.platform.PageTag;

/**
 * The rendered public pages in memory, each with the tags of what it shows, within a byte
 * budget: the least recently read pages go first when a new one does not fit.
 * Invalidating a tag forgets every page that carries it. A page rendered while an
 * invalidation of one of its tags happened is refused, so a page rendered from the old
 * state is never kept after the change: {@link #version()} is read before rendering and
 * handed to {@link #put}. Thread-safe.
 */
public class PageStore {

	/** What an entry costs beyond its body and key: map nodes, the record, headers. */
	static final int OVERHEAD = 256;

	/** How many invalidations are remembered for pages still being rendered. */
	static final int RECENT = 4096;

	private final long maxBytes;

	private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

	private final Map<String, Set<String>> keysByTag = new HashMap<>();

	private final ArrayDeque<Invalidation> recent = new ArrayDeque<>();

	private long version;

	private long bytes;

	private long evictions;

	private long invalidated;

	/**
	 * @param maxBytes what the kept pages may cost together at most
	 */
	public PageStore(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The number of invalidations so far: read it before rendering a page. */
	public synchronized long version() {
		return this.version;
	}

	/** The page kept under the key, or {@code null}; counts as a use. */
	public synchronized Entry get(String key) {
		return this.entries.get(key);
	}

	/**
	 * Keeps a page unless one of its tags was invalidated since {@code renderedFrom}, or
	 * it is larger than the whole budget; older pages make room.
	 * @param renderedFrom {@link #version()} read before the page was rendered
	 * @return whether it was kept
	 */
	public synchronized boolean put(String key, Entry entry, long renderedFrom) {
		if (entry.tags().isEmpty() || entry.weight(key) > this.maxBytes || staleSince(renderedFrom, entry.tags())) {
			return false;
		}
		remove(key);
		this.entries.put(key, entry);
		this.bytes += entry.weight(key);
		for (String tag : entry.tags()) {
			this.keysByTag.computeIfAbsent(tag, (t) -> new HashSet<>()).add(key);
		}
		Iterator<Map.Entry<String, Entry>> eldest = this.entries.entrySet().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			Map.Entry<String, Entry> next = eldest.next();
			eldest.remove();
			forget(next.getKey(), next.getValue());
			this.evictions++;
		}
		return true;
	}

	/**
	 * Forgets every page carrying one of the tags ({@link PageTag#ALL}: every page).
	 * @return how many pages were forgotten
	 */
	public synchronized int invalidate(Collection<String> tags) {
		if (tags.isEmpty()) {
			return 0;
		}
		Set<String> set = Set.copyOf(tags);
		this.version++;
		this.recent.addLast(new Invalidation(this.version, set));
		if (this.recent.size() > RECENT) {
			this.recent.removeFirst();
		}
		int before = this.entries.size();
		if (set.contains(PageTag.ALL)) {
			this.entries.clear();
			this.keysByTag.clear();
			this.bytes = 0;
			this.invalidated += before;
			return before;
		}
		for (String tag : set) {
			Set<String> keys = this.keysByTag.get(tag);
			if (keys != null) {
				for (String key : List.copyOf(keys)) {
					remove(key);
				}
			}
		}
		int forgotten = before - this.entries.size();
		this.invalidated += forgotten;
		return forgotten;
	}

	/** Forgets one page. */
	public synchronized void remove(String key) {
		Entry old = this.entries.remove(key);
		if (old != null) {
			forget(key, old);
		}
	}

	/** What the kept pages cost together, as counted against the budget. */
	public synchronized long bytes() {
		return this.bytes;
	}

	/**
	 * How many pages went so far to make room within the budget (not those a change
	 * forgot).
	 */
	public synchronized long evictions() {
		return this.evictions;
	}

	/** How many pages changes forgot so far ({@link #invalidate}). */
	public synchronized long invalidated() {
		return this.invalidated;
	}

	/** How many pages are kept. */
	public synchronized int size() {
		return this.entries.size();
	}

	/** Whether the page under the key is kept (does not count as a use). */
	public synchronized boolean contains(String key) {
		return this.entries.containsKey(key);
	}

	private void forget(String key, Entry entry) {
		this.bytes -= entry.weight(key);
		for (String tag : entry.tags()) {
			Set<String> keys = this.keysByTag.get(tag);
			if (keys != null) {
				keys.remove(key);
				if (keys.isEmpty()) {
					this.keysByTag.remove(tag);
				}
			}
		}
	}

	private boolean staleSince(long renderedFrom, Set<String> tags) {
		if (renderedFrom == this.version) {
			return false;
		}
		if (renderedFrom > this.version || this.recent.isEmpty()
				|| this.recent.peekFirst().version() > renderedFrom + 1) {
			// invalidations since then are no longer all remembered
			return true;
		}
		for (Invalidation invalidation : this.recent) {
			if (invalidation.version() > renderedFrom && (invalidation.tags().contains(PageTag.ALL)
					|| invalidation.tags().stream().anyMatch(tags::contains))) {
				return true;
			}
		}
		return false;
	}

	private record Invalidation(long version, Set<String> tags) {
	}

	/**
	 * A kept page.
	 *
	 * @param tags what it shows ({@link PageTag})
	 * @param renderedAt when it was rendered (epoch milliseconds)
	 * @param contentType its content type
	 * @param headers the headers to replay
	 * @param body its bytes
	 */
	public record Entry(Set<String> tags, long renderedAt, String contentType, Map<String, List<String>> headers,
			byte[] body) {

		/** What the entry costs against the budget. */
		long weight(String key) {
			long weight = OVERHEAD + this.body.length + 2L * key.length();
			for (String tag : this.tags) {
				weight += 48 + 2L * tag.length();
			}
			for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
				weight += 2L * header.getKey().length();
				for (String value : header.getValue()) {
					weight += 32 + 2L * value.length();
				}
			}
			return weight;
		}

	}

}
