package org.gongkai.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.cache.PageCacheSettings;
import org.gongkai.platform.cache.PageStore;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered bytes of the public pages everybody sees alike (home, agency pages,
 * the guide, column lists and feeds, item pages and their print view, the sitemap) for
 * readers who are not signed in, so a popular page costs no query and no template
 * rendering. Each page is kept with the tags its controller named ({@link PageTags}), and
 * forgotten when a change touches one of them ({@link org.gongkai.platform.PublicPages});
 * a page is also never served older than the configured time (what changes with time
 * alone). The pages share a byte budget ({@link PageStore}). Pages that carry a CSRF
 * token, open a session, set a cookie or name no tag are never kept. It runs before
 * Spring Security's filter chain, so a hit costs no security work: a request with a
 * session or an {@code Authorization} header (staff, API clients) passes straight
 * through, and a hit replays the headers the chain wrote when the page was rendered (CSP,
 * nosniff, frame and cache rules; HSTS, which is why pages are kept per scheme).
 * {@code X-Page-Cache: hit|miss} tells which happened.
 */
class PublicPageCache extends OncePerRequestFilter {

	/** Headers that belong to one answer only and are never replayed. */
	private static final Set<String> OWN_HEADERS = Set.of("set-cookie", "content-length", "date", "x-page-cache",
			"content-type", "transfer-encoding", "connection", "keep-alive");

	/** The public pages whose content depends on nothing but their address. */
	private static final Pattern CACHEABLE = Pattern.compile("/|/sitemap\\.xml|/agencies/[0-9A-Z]{18}"
			+ "(/guide|/columns/\\d{1,18}(/feed\\.(atom|rss))?|/publications/\\d{1,18}(/print)?)?");

	/** Query parameters a cacheable page may take (the list's page number). */
	private static final Pattern QUERY = Pattern.compile("page=\\d{1,6}");

	private final PageStore store;

	private final PageCacheSettings settings;

	private final Clock clock;

	private final Counter hits;

	private final Counter misses;

	PublicPageCache(PageStore store, PageCacheSettings settings, Clock clock, Counter hits, Counter misses) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.hits = hits;
		this.misses = misses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		return this.settings.ttl().isZero() || !"GET".equals(request.getMethod())
				|| !CACHEABLE.matcher(request.getRequestURI()).matches()
				|| (query != null && !QUERY.matcher(query).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getSession(false) != null || request.getHeader("Authorization") != null) {
			chain.doFilter(request, response);
			return;
		}
		// per scheme: a page rendered for HTTPS carries HSTS, one for plain HTTP does
		// not;
		// per display mode: the large-text mode marks the page's root element
		String key = request.getScheme() + (DisplayPreference.elder(request) ? "+elder:" : ":")
				+ request.getRequestURI() + "?" + pageNumber(request.getQueryString());
		long now = this.clock.millis();
		PageStore.Entry cached = this.store.get(key);
		if (cached != null && now - cached.renderedAt() < this.settings.ttl().toMillis()) {
			this.hits.increment();
			response.setHeader("X-Page-Cache", "hit");
			cached.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.setContentType(cached.contentType());
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		long version = this.store.version();
		this.misses.increment();
		response.setHeader("X-Page-Cache", "miss");
		Set<String> tags = PageTags.record(request);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		byte[] body = wrapper.getContentAsByteArray();
		if (keepable(request, wrapper, body)) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : wrapper.getHeaderNames()) {
				if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					headers.put(name, List.copyOf(wrapper.getHeaders(name)));
				}
			}
			Set<String> named;
			synchronized (tags) {
				named = Set.copyOf(tags);
			}
			this.store.put(key, new PageStore.Entry(named, now, wrapper.getContentType(), headers, body), version);
		}
		else if (cached != null) {
			this.store.remove(key);
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * The page number as the list reads it ({@code page=007} is page 7), so leading zeros
	 * cannot multiply the keys of one page.
	 */
	private static String pageNumber(String query) {
		return (query != null) ? "page=" + Long.parseLong(query.substring("page=".length())) : "";
	}

	private boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response, byte[] body) {
		String type = response.getContentType();
		return response.getStatus() == 200 && type != null && request.getSession(false) == null
				&& !response.containsHeader("Set-Cookie") && body.length <= this.settings.maxEntryBytes()
				&& !new String(body, StandardCharsets.UTF_8).contains("name=\"_csrf\"");
	}

}
