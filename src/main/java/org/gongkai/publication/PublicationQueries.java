package org.gongkai.publication;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;
import org.gongkai.publication.item.PublishedVersions;
import org.gongkai.publication.rules.Timeliness;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading publications: staff see the items of the agencies visible to them in any state,
 * with the privacy scanner's findings; the public sees published items only.
 */
@Service
@Transactional(readOnly = true)
public class PublicationQueries {

	private final Publications publications;

	private final PublishedVersions versions;

	private final PublicationFindings findings;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	PublicationQueries(Publications publications, PublishedVersions versions, PublicationFindings findings,
			AgencyManagement agencies, AgencyAccess access, WorkingDayCalendar calendar) {
		this.publications = publications;
		this.versions = versions;
		this.findings = findings;
		this.agencies = agencies;
		this.access = access;
		this.calendar = calendar;
	}

	/**
	 * A publication in any state, with the scanner's findings, for staff who may see its
	 * agency.
	 * @throws NotFoundException if there is none
	 * @throws ForbiddenException if its agency is not visible to the user
	 */
	public PublicationItem find(long id) {
		Publication publication = this.publications.load(id);
		this.access.requireVisible(publication.agencyId());
		return item(publication, this.findings.findings(publication));
	}

	/**
	 * The published items of one agency with what the privacy scanner finds in them now,
	 * oldest first: a system reading for the website inspection (no signed-in user is
	 * needed; callers check who may see the result).
	 */
	public List<PublicationItem> publishedOf(long agencyId) {
		return this.publications
			.findByAgencyIdInAndStatusInAndRevisionOfIsNull(Set.of(agencyId), EnumSet.of(PublicationStatus.PUBLISHED))
			.stream()
			.sorted(java.util.Comparator.comparing(Publication::id))
			.map((publication) -> item(publication, this.findings.findings(publication)))
			.toList();
	}

	/** Whether a published item with this id exists (a link to it resolves). */
	public boolean isPublic(long id) {
		return this.publications.findById(id).filter((p) -> p.status() == PublicationStatus.PUBLISHED).isPresent();
	}

	/** The fields of a publication as the edit form starts from them. */
	public PublicationDraft draftOf(long id) {
		Publication publication = this.publications.load(id);
		this.access.requireVisible(publication.agencyId());
		return publication.draft();
	}

	/**
	 * A published item as the public sees it.
	 * @throws NotFoundException unless it is published
	 */
	public PublicationItem publicItem(long id) {
		return item(this.publications.loadPublished(id), List.of());
	}

	/**
	 * Published items in id order after {@code afterId}, for indexers that rebuild from
	 * scratch (keyset paging: pass the last id seen).
	 * @param limit 1 to 1000
	 */
	public List<PublicationItem> publicItemsAfter(long afterId, int limit) {
		PageRequest request = PageRequest.of(0, Math.min(Math.max(limit, 1), 1000));
		return this.publications.findByStatusAndIdGreaterThanOrderByIdAsc(PublicationStatus.PUBLISHED, afterId, request)
			.stream()
			.map((publication) -> item(publication, List.of()))
			.toList();
	}

	/**
	 * The published items of an agency, newest first.
	 * @param columnId only those of this column, or {@code null} for all
	 * @param page from 0
	 * @param size 1 to 100
	 */
	public Page<PublicationSummary> publicList(long agencyId, Long columnId, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		Page<Publication> found = (columnId != null)
				? this.publications.findByAgencyIdAndColumnIdAndStatusOrderByPublishedOnDescIdDesc(agencyId, columnId,
						PublicationStatus.PUBLISHED, request)
				: this.publications.findByAgencyIdAndStatusOrderByPublishedOnDescIdDesc(agencyId,
						PublicationStatus.PUBLISHED, request);
		return found.map(Publication::summary);
	}

	/**
	 * The agency's published rules and normative documents (规章、行政规范性文件), all of them
	 * whatever their validity, those in force first, then newest first: the list of
	 * current rules and normative documents the disclosure column keeps in one place
	 * (docs/legal-rules.md, The disclosure column's shape).
	 * @param page from 0
	 * @param size 1 to 100
	 */
	public Page<PublicationSummary> publicPolicies(long agencyId, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		return this.publications
			.findByAgencyIdAndStatusAndGenreInOrderByValidityDescPublishedOnDescIdDesc(agencyId,
					PublicationStatus.PUBLISHED, EnumSet.of(Genre.REGULATION, Genre.NORMATIVE_DOCUMENT), request)
			.map(Publication::summary);
	}

	/**
	 * The ten items published last on the whole platform, newest first (the home page).
	 */
	public List<PublicationSummary> latestPublished() {
		return this.publications.findTop10ByStatusOrderByPublishedOnDescIdDesc(PublicationStatus.PUBLISHED)
			.stream()
			.map(Publication::summary)
			.toList();
	}

	/** The latest 200 items of every agency the signed-in user may see, newest first. */
	public List<PublicationSummary> staffList() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		return this.publications.findTop200ByAgencyIdInOrderByIdDesc(visible)
			.stream()
			.map(Publication::summary)
			.toList();
	}

	/**
	 * Versions, links and schedule of an item in any state, for staff who may see its
	 * agency.
	 * @throws NotFoundException if there is none
	 * @throws ForbiddenException if its agency is not visible to the user
	 */
	public PublicationLifecycle lifecycle(long id) {
		Publication publication = this.publications.load(id);
		this.access.requireVisible(publication.agencyId());
		return lifecycle(publication, false);
	}

	/**
	 * Versions and links of a published item as the public sees them: only published
	 * links.
	 * @throws NotFoundException unless it is published
	 */
	public PublicationLifecycle publicLifecycle(long id) {
		return lifecycle(this.publications.loadPublished(id), true);
	}

	/**
	 * One version of a published item (the current one too, flagged as current).
	 * @throws NotFoundException unless the item is published and has that version
	 */
	public PublicationVersion publicVersion(long id, int edition) {
		Publication publication = this.publications.loadPublished(id);
		return this.versions.findByItemIdAndEdition(id, edition)
			.map((v) -> v.view(edition == publication.edition()))
			.orElseThrow(() -> new NotFoundException("Version " + edition + " of publication " + id));
	}

	private PublicationItem item(Publication publication, List<PrivacyFinding> findings) {
		AgencyDetails agency = this.agencies.details(publication.agencyId());
		boolean late = publication.madeOn() != null && publication.publishedOn() != null && Timeliness.late(
				publication.publishedOn(), this.calendar.deadline(publication.madeOn(), Timeliness.WORKING_DAYS).due());
		return publication.item(agency.summary().name(), agency.summary().creditCode(), late, findings);
	}

	private PublicationLifecycle lifecycle(Publication publication, boolean forPublic) {
		long id = publication.id();
		PublicationLink policy = null;
		if (publication.interpretsId() != null) {
			Publication p = this.publications.load(publication.interpretsId());
			if (!forPublic || p.status() == PublicationStatus.PUBLISHED) {
				policy = link(p);
			}
		}
		Set<PublicationStatus> wanted = forPublic ? EnumSet.of(PublicationStatus.PUBLISHED)
				: EnumSet.of(PublicationStatus.PUBLISHED, PublicationStatus.DRAFT, PublicationStatus.IN_CONTENT_REVIEW,
						PublicationStatus.IN_CONFIDENTIALITY_REVIEW, PublicationStatus.IN_SUPERVISION_REVIEW,
						PublicationStatus.IN_LEADER_APPROVAL, PublicationStatus.SCHEDULED);
		long target = (publication.revisionOf() != null) ? publication.revisionOf() : id;
		List<PublicationLink> interpretations = this.publications
			.findByInterpretsIdAndStatusInOrderByIdAsc(target, wanted)
			.stream()
			.filter((p) -> p.revisionOf() == null)
			.map(PublicationQueries::link)
			.toList();
		Long openRevision = forPublic ? null
				: this.publications.findFirstByRevisionOfAndStatusIn(id, PublicationGuards.IN_PROGRESS)
					.map(Publication::id)
					.orElse(null);
		List<PublicationVersion> history = this.versions.findByItemIdOrderByEditionDesc(id)
			.stream()
			.map((v) -> v.view(v.edition() == publication.edition()))
			.toList();
		boolean needs = publication.genre() != null && publication.genre().needsInterpretation();
		return new PublicationLifecycle(id, publication.edition(), publication.revisionOf(), openRevision,
				publication.changeNote(), publication.scheduledAt(), policy, interpretations, needs,
				publication.interpretationMissing(), publication.issuedOn(), publication.repealedOn(), history);
	}

	private static PublicationLink link(Publication p) {
		return new PublicationLink(p.id(), p.title(), p.indexNumber(), p.status());
	}

}
