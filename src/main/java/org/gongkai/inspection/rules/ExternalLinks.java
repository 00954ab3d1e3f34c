package org.gongkai.inspection.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links in a body that leave the platform: absolute {@code http} and {@code https}
 * addresses. Other schemes ({@code mailto:}, {@code tel:}, {@code javascript:}) are not
 * links a reader follows to a page and are left alone.
 */
public final class ExternalLinks {

	/** The longest address looked at; longer ones are dead by definition. */
	public static final int MAX_LENGTH = 2000;

	private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']{1,2000})[\"']",
			Pattern.CASE_INSENSITIVE);

	private ExternalLinks() {
	}

	/** The external links of {@code html}, each once, in order of appearance. */
	public static List<String> in(String html) {
		if (html == null || html.isEmpty()) {
			return List.of();
		}
		Set<String> links = new LinkedHashSet<>();
		Matcher href = HREF.matcher(html);
		while (href.find()) {
			String value = href.group(1).strip().replace("&amp;", "&");
			String lower = value.toLowerCase(Locale.ROOT);
			if (lower.startsWith("http://") || lower.startsWith("https://")) {
				links.add(value);
			}
		}
		return new ArrayList<>(links);
	}

}
