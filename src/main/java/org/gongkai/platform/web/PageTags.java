package org.gongkai.platform.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a public page shows, told by the controller that renders it, as
 * {@link org.gongkai.platform.PageTag}s: the page cache keeps a page with its tags and
 * forgets it when one of them changes. A cacheable page that names no tag is not kept.
 * Outside a cacheable request this does nothing.
 */
public final class PageTags {

	static final String ATTRIBUTE = PageTags.class.getName();

	private PageTags() {
	}

	/** Adds tags to the page being rendered for the current request. */
	public static void add(String... tags) {
		add(Set.of(tags));
	}

	/** Adds tags to the page being rendered for the current request. */
	public static void add(Collection<String> tags) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet
				&& servlet.getRequest().getAttribute(ATTRIBUTE) instanceof Set<?> set) {
			@SuppressWarnings("unchecked")
			Set<String> recorded = (Set<String>) set;
			synchronized (recorded) {
				recorded.addAll(tags);
			}
		}
	}

	/** Starts recording the tags of the page rendered for the request. */
	static Set<String> record(HttpServletRequest request) {
		Set<String> tags = new LinkedHashSet<>();
		request.setAttribute(ATTRIBUTE, tags);
		return tags;
	}

}
