package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the demo county's items in demo mode only, with the publication date they
 * would have had, so the demo shows a believable history. The review workflow would stamp
 * today's date on all of them (and costs four transactions per item). Outside demo mode
 * every call is refused. Each item gets its index number (serial of the agency and the
 * year of publication) and one audit entry, and the published event is sent as for any
 * publication.
 */
@Service
public class DemoPublishing {

	private final Publications publications;

	private final IndexNumbers indexNumbers;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final GongkaiProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PublishedVersions versions;

	DemoPublishing(Publications publications, IndexNumbers indexNumbers, AgencyManagement agencies,
			CatalogManagement catalog, GongkaiProperties properties, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, PublishedVersions versions) {
		this.versions = versions;
		this.publications = publications;
		this.indexNumbers = indexNumbers;
		this.agencies = agencies;
		this.catalog = catalog;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Publishes a demo item at once (demo mode only).
	 * @param agencyId the agency
	 * @param draft the item; its column must belong to the agency
	 * @param publishedOn the publication date, not before the date made nor after today
	 * @return the new publication's id
	 * @throws IllegalStateException outside demo mode
	 * @throws IllegalArgumentException for an item the workflow would not accept
	 */
	@Transactional
	public long publish(long agencyId, PublicationDraft draft, LocalDate publishedOn) {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo publishing outside demo mode");
		}
		check(agencyId, draft, publishedOn);
		Instant now = Instant.now(this.clock);
		Publication publication = new Publication(agencyId, "demo", now);
		publication.write(draft.columnId(), draft.title(), draft.summary(), BodyHtml.fromInput(draft.body()),
				draft.documentNumber(), draft.madeOn(), draft.genre(), draft.validity(), draft.theme(), now);
		String creditCode = this.agencies.details(agencyId).summary().creditCode();
		String number = this.indexNumbers.issue(agencyId, creditCode, publishedOn.getYear()).toString();
		publication.publish(publishedOn, number, now);
		this.publications.save(publication);
		this.versions.save(publication.snapshot(publishedOn, now, "demo", null));
		this.audit.record(AuditRecord.of("publication.published", "Publication", publication.id())
			.withAgency(agencyId)
			.withActor("demo")
			.withAfter(publication.auditSummary()));
		this.events.publishEvent(new PublicationPublished(publication.id(), agencyId));
		return publication.id();
	}

	private void check(long agencyId, PublicationDraft draft, LocalDate publishedOn) {
		LocalDate today = LocalDate.now(this.clock);
		boolean ok = draft != null && draft.title() != null && !draft.title().isBlank()
				&& draft.title().length() <= PublicationGuards.MAX_TITLE
				&& (draft.summary() == null || draft.summary().length() <= PublicationGuards.MAX_SUMMARY)
				&& draft.body() != null && !draft.body().isBlank()
				&& draft.body().length() <= PublicationGuards.MAX_BODY
				&& (draft.documentNumber() == null
						|| draft.documentNumber().length() <= PublicationGuards.MAX_DOCUMENT_NUMBER)
				&& draft.genre() != null && draft.validity() != null && draft.madeOn() != null && publishedOn != null
				&& !publishedOn.isBefore(draft.madeOn()) && !publishedOn.isAfter(today) && draft.columnId() != null;
		if (!ok) {
			throw new IllegalArgumentException("Demo item out of bounds");
		}
		try {
			if (this.catalog.agencyOf(draft.columnId()) != agencyId) {
				throw new IllegalArgumentException("Column of another agency");
			}
		}
		catch (NotFoundException ex) {
			throw new IllegalArgumentException("No such column", ex);
		}
	}

}
