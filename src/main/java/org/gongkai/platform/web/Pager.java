package org.gongkai.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

/**
 * The page links of a back-office list: the current request's path and filters with
 * another page number, so paging keeps what the list was filtered to.
 *
 * @param page the page shown, from 0
 * @param pages the number of pages, at least 1
 * @param total the number of rows over all pages
 * @param previous the link to the previous page, or {@code null} on the first
 * @param next the link to the next page, or {@code null} on the last
 * @param first the link to the first page
 * @param last the link to the last page
 */
public record Pager(int page, int pages, long total, String previous, String next, String first, String last) {

	/** The links for {@code page} of {@code pages} of the list {@code request} shows. */
	public static Pager of(HttpServletRequest request, int page, int pages, long total) {
		int count = Math.max(pages, 1);
		return new Pager(page, count, total, (page > 0) ? link(request, page - 1) : null,
				(page + 1 < count) ? link(request, page + 1) : null, link(request, 0), link(request, count - 1));
	}

	private static String link(HttpServletRequest request, int page) {
		StringBuilder link = new StringBuilder(request.getRequestURI()).append('?');
		request.getParameterMap().forEach((name, values) -> {
			if (!"page".equals(name) && !"_csrf".equals(name)) {
				for (String value : values) {
					link.append(UriUtils.encode(name, StandardCharsets.UTF_8))
						.append('=')
						.append(UriUtils.encode(value, StandardCharsets.UTF_8))
						.append('&');
				}
			}
		});
		return link.append("page=").append(page).toString();
	}

}
