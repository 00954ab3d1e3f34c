package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;
import org.gongkai.publication.item.PublishedVersions;
import org.gongkai.publication.item.SignOffSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes an approved item public, in the transaction of the review or the scheduler that
 * approved it: a first publication gets its index number, a revision becomes the new
 * version of the item it revises. Keeps the version, settles the interpretation flags and
 * tells the other modules.
 */
@Component
class Release {

	private final Publications publications;

	private final IndexNumbers indexNumbers;

	private final AgencyManagement agencies;

	private final PublishedVersions versions;

	private final SignOffSettings signOff;

	private final PublicationAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Release(Publications publications, IndexNumbers indexNumbers, AgencyManagement agencies, PublishedVersions versions,
			SignOffSettings signOff, PublicationAudit audit, ApplicationEventPublisher events, Clock clock) {
		this.publications = publications;
		this.indexNumbers = indexNumbers;
		this.agencies = agencies;
		this.versions = versions;
		this.signOff = signOff;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The end of a confidentiality reviewer's approval (the caller has checked the item):
	 * where the agency requires its leader's sign-off the item waits for it
	 * ({@link PublicationStatus#IN_LEADER_APPROVAL}, keeping the chosen time), else
	 * {@link #publishOrSchedule}.
	 * @param publishAt when to publish, or {@code null} for at once
	 * @param before the item's audit summary before the command
	 * @return the item's new status
	 */
	PublicationStatus approved(Publication publication, Instant publishAt, String before, String who, Instant now) {
		if (this.signOff.existsByAgencyIdAndRequiredTrue(publication.agencyId())) {
			publication.awaitSignOff(publishAt, now);
			this.audit.record(who, "publication.sign-off-requested", publication, before);
			return PublicationStatus.IN_LEADER_APPROVAL;
		}
		return publishOrSchedule(publication, publishAt, before, who, now);
	}

	/**
	 * Publishes a finally approved item now, or makes it 「待发布」 for a time still ahead (a
	 * time that has passed while it waited for sign-off publishes now).
	 * @param publishAt when to publish, or {@code null} for at once
	 * @param before the item's audit summary before the command
	 * @return {@link PublicationStatus#PUBLISHED} or {@link PublicationStatus#SCHEDULED}
	 */
	PublicationStatus publishOrSchedule(Publication publication, Instant publishAt, String before, String who,
			Instant now) {
		if (publishAt != null && publishAt.isAfter(now)) {
			publication.schedule(publishAt, now);
			this.audit.record(who, "publication.scheduled", publication, before);
			return PublicationStatus.SCHEDULED;
		}
		release(publication, before, who, now);
		return PublicationStatus.PUBLISHED;
	}

	/**
	 * Makes an approved item public now; the publication date is the day of {@code now}
	 * in the platform's time zone.
	 * @param before the item's audit summary before the command
	 * @param who the actor: the signed-in user's name or {@link PublicationAudit#SYSTEM}
	 */
	void release(Publication publication, String before, String who, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		Publication item = publication;
		if (publication.revisionOf() != null) {
			item = this.publications.load(publication.revisionOf());
			String itemBefore = item.auditSummary() + ", " + item.lifecycleSummary();
			item.replaceBy(publication, now);
			publication.merged(now);
			this.versions.save(item.snapshot(today, now, who, publication.id()));
			this.audit.record(who, "publication.merged", publication, before);
			this.audit.record(who, "publication.version-published", item, itemBefore);
		}
		else {
			String number = null;
			if (!publication.hasIndexNumber()) {
				String creditCode = this.agencies.details(publication.agencyId()).summary().creditCode();
				number = this.indexNumbers.issue(publication.agencyId(), creditCode, today.getYear()).toString();
			}
			publication.publish(today, number, now);
			this.versions.save(publication.snapshot(today, now, who, null));
			this.audit.record(who, "publication.published", publication, before);
		}
		settleInterpretationFlags(item, who);
		this.events.publishEvent(new PublicationPublished(item.id(), item.agencyId()));
	}

	/**
	 * Publishes a demo item at once with an earlier publication date (actor
	 * {@code demo}); {@link PublicationRelease#publishDemoItem} checks it first.
	 * @return the new publication's id
	 */
	long releaseDemoItem(long agencyId, PublicationDraft draft, LocalDate publishedOn) {
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

	/**
	 * @throws RuleViolationException {@code publication.revision.item-not-public} for a
	 * revision of an item no longer published
	 */
	void requireRevisedItemPublic(Publication publication) {
		if (revisedItemGone(publication)) {
			throw new RuleViolationException("publication.revision.item-not-public",
					"The item revised is no longer published");
		}
	}

	/** Whether the item is a revision of an item that is no longer published. */
	boolean revisedItemGone(Publication publication) {
		return publication.revisionOf() != null
				&& this.publications.load(publication.revisionOf()).status() != PublicationStatus.PUBLISHED;
	}

	/**
	 * 三同步 (docs/legal-rules.md, Proactive disclosure): a policy document published
	 * without a published interpretation is flagged; publishing an interpretation clears
	 * its policy's flag.
	 */
	private void settleInterpretationFlags(Publication item, String who) {
		boolean missing = item.genre().needsInterpretation()
				&& !this.publications.existsByInterpretsIdAndStatus(item.id(), PublicationStatus.PUBLISHED);
		if (missing != item.interpretationMissing()) {
			String before = item.auditSummary() + ", " + item.lifecycleSummary();
			item.flagInterpretation(missing);
			this.audit.record(who,
					missing ? "publication.interpretation-missing" : "publication.interpretation-flag-cleared", item,
					before);
		}
		if (item.genre() == Genre.INTERPRETATION && item.interpretsId() != null) {
			Publication policy = this.publications.load(item.interpretsId());
			if (policy.interpretationMissing()) {
				String before = policy.auditSummary() + ", " + policy.lifecycleSummary();
				policy.flagInterpretation(false);
				this.audit.record(who, "publication.interpretation-flag-cleared", policy, before);
			}
		}
	}

}
