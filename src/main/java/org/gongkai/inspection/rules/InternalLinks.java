package org.gongkai.inspection.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links in a body that point into the platform's public site: to an item, to an
 * item's attachment or to a column. Only these are checked by default; links elsewhere
 * are external and left alone.
 */
public final class InternalLinks {

	private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']{1,2000})[\"']",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TARGET = Pattern.compile(
			"^/agencies/([0-9A-Za-z]{1,40})/(publications|columns)/(\\d{1,18})(?:/attachments/(\\d{1,18}))?/?(?:[?#].*)?$");

	private InternalLinks() {
	}

	/** The internal links of {@code html}, each once, in order of appearance. */
	public static List<Link> in(String html) {
		if (html == null || html.isEmpty()) {
			return List.of();
		}
		Set<Link> links = new LinkedHashSet<>();
		Matcher href = HREF.matcher(html);
		while (href.find()) {
			String value = href.group(1).strip().replace("&amp;", "&");
			Matcher target = TARGET.matcher(value);
			if (!target.matches()) {
				continue;
			}
			long id = Long.parseLong(target.group(3));
			if ("columns".equals(target.group(2))) {
				if (target.group(4) == null) {
					links.add(new Link(Target.COLUMN, target.group(1), id, null, value));
				}
			}
			else if (target.group(4) != null) {
				links.add(new Link(Target.ATTACHMENT, target.group(1), id, Long.parseLong(target.group(4)), value));
			}
			else {
				links.add(new Link(Target.ITEM, target.group(1), id, null, value));
			}
		}
		return new ArrayList<>(links);
	}

	/** What an internal link points at. */
	public enum Target {

		ITEM, ATTACHMENT, COLUMN

	}

	/**
	 * One internal link.
	 *
	 * @param target what it points at
	 * @param creditCode the agency in its path
	 * @param id the item's or column's id
	 * @param attachmentId the attachment's id, or {@code null}
	 * @param href the link as written
	 */
	public record Link(Target target, String creditCode, long id, Long attachmentId, String href) {

	}

}
