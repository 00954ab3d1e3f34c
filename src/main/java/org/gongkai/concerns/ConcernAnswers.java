package org.gongkai.concerns;

import org.gongkai.publication.PublicationPublished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answers a concern when its response item is published. Like the search index it listens
 * inside the publishing transaction, so the concern is answered at the very instant the
 * item became public and changes with it (a publication that rolls back answers nothing).
 */
@Component
class ConcernAnswers {

	private final Concerns concerns;

	ConcernAnswers(Concerns concerns) {
		this.concerns = concerns;
	}

	@EventListener
	void on(PublicationPublished event) {
		this.concerns.publicationPublished(event.publicationId());
	}

}
