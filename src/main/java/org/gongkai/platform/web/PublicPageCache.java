package org.gongkai.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.ContentGeneration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered bytes of the public pages everybody sees alike (home, agency pages,
 * the guide, column lists and feeds, item pages and their print view, the sitemap) for
 * readers who are not signed in, so a popular page costs no query and no template
 * rendering. An entry is served only while nothing in the platform has changed since it
 * was rendered ({@link ContentGeneration}) and for at most the configured time (other
 * nodes of a cluster change state too). Pages that carry a CSRF token, open a session or
 * set a cookie are never kept. It runs before Spring Security's filter chain, so a hit
 * costs no security work: a request with a session or an {@code Authorization} header
 * (staff, API clients) passes straight through, and a hit replays the headers the chain
 * wrote when the page was rendered (CSP, nosniff, frame and cache rules; HSTS, which is
 * why pages are kept per scheme). {@code X-Page-Cache: hit|miss} tells which happened.
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

	private final ContentGeneration generation;

	private final Settings settings;

	private final Clock clock;

	private final Map<String, Entry> entries;

	PublicPageCache(ContentGeneration generation, Settings settings, Clock clock) {
		this.generation = generation;
		this.settings = settings;
		this.clock = clock;
		this.entries = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
				return size() > settings.maxEntries();
			}
		};
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
				+ request.getRequestURI() + "?" + request.getQueryString();
		long generation = this.generation.current();
		long now = this.clock.millis();
		Entry cached;
		synchronized (this.entries) {
			cached = this.entries.get(key);
		}
		if (cached != null && cached.generation() == generation
				&& now - cached.renderedAt() < this.settings.ttl().toMillis()) {
			response.setHeader("X-Page-Cache", "hit");
			cached.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.setContentType(cached.contentType());
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		response.setHeader("X-Page-Cache", "miss");
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
			synchronized (this.entries) {
				this.entries.put(key, new Entry(generation, now, wrapper.getContentType(), headers, body));
			}
		}
		wrapper.copyBodyToResponse();
	}

	private boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response, byte[] body) {
		String type = response.getContentType();
		return response.getStatus() == 200 && type != null && request.getSession(false) == null
				&& !response.containsHeader("Set-Cookie") && body.length <= this.settings.maxEntryBytes()
				&& !new String(body, StandardCharsets.UTF_8).contains("name=\"_csrf\"");
	}

	private record Entry(long generation, long renderedAt, String contentType, Map<String, List<String>> headers,
			byte[] body) {
	}

	/**
	 * The page cache's settings ({@code gongkai.page-cache.*}).
	 *
	 * @param ttl how long a page is served without re-rendering at most (0 switches the
	 * cache off); keeps nodes of a cluster at most this far apart
	 * @param maxEntries how many pages are kept at most (least recently used go first)
	 * @param maxEntryBytes larger pages are not kept
	 */
	@ConfigurationProperties("gongkai.page-cache")
	record Settings(@DefaultValue("60s") Duration ttl, @DefaultValue("10000") int maxEntries,
			@DefaultValue("524288") int maxEntryBytes) {
	}

}
