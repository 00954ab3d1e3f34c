package org.gongkai.publication;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.gongkai.platform.PageTag;
import org.gongkai.platform.PublicFootprint;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;

import org.springframework.stereotype.Component;

/**
 * Which public pages a publication change touches. Only an item that is or was public
 * shows anywhere: published, withdrawn, or a revision merged into its item. Its page and
 * print view, every list that shows it (they carry its tag), its column's list and feeds
 * (a new item enters them, a removed one lets the next page's first move up), the
 * agency's list of rules and normative documents, the home page's latest items and the
 * sitemap; and the pages of the items it links to (a policy lists its interpretations, an
 * interpretation names its policy; a revision is merged into its item). Drafts, reviews,
 * schedules and settings touch nothing public.
 */
@Component
class PublicationPages implements PublicFootprint {

	/** The states in which an item is or has been on the public site. */
	private static final Set<PublicationStatus> PUBLIC = EnumSet.of(PublicationStatus.PUBLISHED,
			PublicationStatus.WITHDRAWN, PublicationStatus.MERGED);

	private final Publications publications;

	PublicationPages(Publications publications) {
		this.publications = publications;
	}

	@Override
	public Optional<Set<String>> pagesTouchedBy(String action, String objectType, String objectId, Long agencyId) {
		if (!action.startsWith("publication.")) {
			return Optional.empty();
		}
		if (!"Publication".equals(objectType)) {
			// the agency's sign-off setting and the like show on no public page
			return Optional.of(Set.of());
		}
		Optional<Publication> found = id(objectId).flatMap(this.publications::findById);
		if (found.isEmpty()) {
			return Optional.of(Set.of(PageTag.ALL));
		}
		Publication publication = found.get();
		if (!PUBLIC.contains(publication.status())) {
			return Optional.of(Set.of());
		}
		Set<String> tags = new HashSet<>();
		add(tags, publication);
		if (publication.revisionOf() != null) {
			this.publications.findById(publication.revisionOf()).ifPresent((item) -> add(tags, item));
		}
		if (publication.interpretsId() != null) {
			tags.add(PageTag.item(publication.interpretsId()));
		}
		tags.add(PageTag.latest());
		tags.add(PageTag.sitemap());
		return Optional.of(tags);
	}

	private void add(Set<String> tags, Publication publication) {
		tags.add(PageTag.item(publication.id()));
		tags.add(PageTag.column(publication.columnId()));
		tags.add(PageTag.policies(publication.agencyId()));
		// its interpretations' pages name it while it is published
		this.publications.findByInterpretsIdAndStatusInOrderByIdAsc(publication.id(), PUBLIC)
			.forEach((interpretation) -> tags.add(PageTag.item(interpretation.id())));
	}

	private static Optional<Long> id(String text) {
		try {
			return Optional.of(Long.valueOf(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
