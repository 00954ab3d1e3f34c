package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.gongkai.publication.PublicationGuards.IN_PROGRESS;
import static org.gongkai.publication.PublicationGuards.MAX_BODY;
import static org.gongkai.publication.PublicationGuards.MAX_DOCUMENT_NUMBER;
import static org.gongkai.publication.PublicationGuards.MAX_SUMMARY;
import static org.gongkai.publication.PublicationGuards.MAX_TITLE;
import static org.gongkai.publication.PublicationGuards.changeNote;
import static org.gongkai.publication.PublicationGuards.plain;
import static org.gongkai.publication.PublicationGuards.plainText;
import static org.gongkai.publication.PublicationGuards.require;
import static org.gongkai.publication.PublicationGuards.requireStatus;

/**
 * A clerk's drafting: new drafts, changes to them, revisions of published items, and
 * sending a draft to review. Every command checks the clerk role for the item's agency on
 * the server and writes one audit entry.
 */
@Service
public class PublicationDrafting {

	private final Publications publications;

	private final CatalogManagement catalog;

	private final PublicationAudit audit;

	private final Clock clock;

	PublicationDrafting(Publications publications, CatalogManagement catalog, PublicationAudit audit, Clock clock) {
		this.publications = publications;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Drafts a publication for an agency (its clerks only).
	 * @return the new publication's id
	 * @throws RuleViolationException for a field out of bounds
	 */
	@Transactional
	public long draft(long agencyId, PublicationDraft draft) {
		return draft(agencyId, draft, PolicyFields.NONE);
	}

	/**
	 * Drafts a publication with its policy fields (its agency's clerks only).
	 * @return the new publication's id
	 * @throws RuleViolationException for a field out of bounds or a policy document that
	 * is not one of the agency's
	 */
	@Transactional
	public long draft(long agencyId, PublicationDraft draft, PolicyFields policy) {
		StaffPrincipal me = require(Role.CLERK, agencyId);
		Instant now = Instant.now(this.clock);
		Publication publication = new Publication(agencyId, me.username(), now);
		write(publication, draft, now);
		writePolicy(publication, policy);
		this.publications.save(publication);
		this.audit.record("publication.drafted", publication, null);
		return publication.id();
	}

	/** Changes a draft (its agency's clerks only, only while it is a draft). */
	@Transactional
	public void update(long id, PublicationDraft draft) {
		Publication publication = this.publications.load(id);
		require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		String before = publication.auditSummary();
		write(publication, draft, Instant.now(this.clock));
		this.audit.record("publication.updated", publication, before);
	}

	/**
	 * Changes a draft with its policy fields and, for a revision, its change note (its
	 * agency's clerks only, only while it is a draft).
	 * @param changeNote required for a revision, ignored otherwise
	 */
	@Transactional
	public void update(long id, PublicationDraft draft, PolicyFields policy, String changeNote) {
		Publication publication = this.publications.load(id);
		require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		String note = (publication.revisionOf() != null) ? changeNote(changeNote) : null;
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		write(publication, draft, Instant.now(this.clock));
		writePolicy(publication, policy);
		if (note != null) {
			publication.noteChange(note);
		}
		this.audit.record("publication.updated", publication, before);
	}

	/** Sends a draft to content review (its agency's clerks). */
	@Transactional
	public void submit(long id) {
		Publication publication = this.publications.load(id);
		require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		if (publication.genre() == Genre.INTERPRETATION && publication.interpretsId() == null) {
			// 三同步: an interpretation names the policy document it interprets
			throw new RuleViolationException("publication.interprets.missing", "Interpretation without its policy");
		}
		String before = publication.auditSummary();
		publication.moveTo(PublicationStatus.IN_CONTENT_REVIEW, Instant.now(this.clock));
		this.audit.record("publication.submitted", publication, before);
	}

	/**
	 * Starts a new version of a published item (its agency's clerks): a revision draft
	 * with the changed fields and a required change note, which passes content and
	 * confidentiality review like any draft. The public keeps seeing the current version
	 * until the revision is published.
	 * @return the revision's id
	 * @throws RuleViolationException if the item is not published, already has a revision
	 * in progress, or a field or the change note is out of bounds
	 */
	@Transactional
	public long revise(long id, PublicationDraft draft, PolicyFields policy, String changeNote) {
		// locked, so two clerks revising at once cannot both find no revision open
		Publication item = this.publications.lockById(id).orElseThrow(() -> new NotFoundException("Publication " + id));
		StaffPrincipal me = require(Role.CLERK, item.agencyId());
		requireStatus(item, PublicationStatus.PUBLISHED);
		Optional<Publication> open = this.publications.findFirstByRevisionOfAndStatusIn(id, IN_PROGRESS);
		if (open.isPresent()) {
			throw new RuleViolationException("publication.revision.open",
					"Item " + id + " already has revision " + open.get().id(), open.get().id());
		}
		String note = changeNote(changeNote);
		Instant now = Instant.now(this.clock);
		Publication revision = new Publication(item.agencyId(), me.username(), now);
		write(revision, draft, now);
		writePolicy(revision, policy);
		revision.revise(id, note);
		this.publications.save(revision);
		this.audit.record("publication.revision-drafted", revision, null);
		return revision.id();
	}

	/**
	 * Every problem of a draft's fields at once, for a form to show them all: the checks
	 * drafting, updating and revising make on the fields (not those on the policy fields
	 * or the item's state), each a violation with its message key; empty when the fields
	 * would be saved.
	 * @param agencyId the agency the item belongs to (its column must be the agency's)
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> problems(long agencyId, PublicationDraft draft) {
		List<RuleViolationException> problems = new ArrayList<>();
		if (draft == null) {
			problems.add(new RuleViolationException("publication.title.invalid", "No draft", MAX_TITLE));
			return problems;
		}
		String title = plain(draft.title());
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			problems.add(new RuleViolationException("publication.title.invalid", "Bad title", MAX_TITLE));
		}
		if (plain(draft.summary()).length() > MAX_SUMMARY) {
			problems.add(new RuleViolationException("publication.summary.invalid", "Summary too long", MAX_SUMMARY));
		}
		String input = plainText(draft.body());
		// the limit holds for the stored HTML; far longer input is not even parsed
		if (input.isBlank() || input.length() > 4 * MAX_BODY) {
			problems.add(new RuleViolationException("publication.body.invalid", "Bad body", MAX_BODY));
		}
		else {
			String body = BodyHtml.fromInput(input);
			if (BodyHtml.blank(body) || body.length() > MAX_BODY) {
				problems.add(new RuleViolationException("publication.body.invalid", "Bad body", MAX_BODY));
			}
		}
		if (plain(draft.documentNumber()).length() > MAX_DOCUMENT_NUMBER) {
			problems.add(new RuleViolationException("publication.document-number.invalid", "Document number too long",
					MAX_DOCUMENT_NUMBER));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (draft.madeOn() == null || draft.madeOn().isAfter(today) || draft.madeOn().getYear() < 1990) {
			problems.add(new RuleViolationException("publication.made-on.invalid", "Bad date made"));
		}
		if (draft.genre() == null) {
			problems.add(new RuleViolationException("publication.genre.missing", "No genre"));
		}
		if (draft.validity() == null) {
			problems.add(new RuleViolationException("publication.validity.missing", "No validity"));
		}
		if (draft.columnId() == null || !columnOf(draft.columnId(), agencyId)) {
			problems.add(new RuleViolationException("publication.column.invalid", "Column of another agency"));
		}
		return problems;
	}

	private void write(Publication publication, PublicationDraft draft, Instant now) {
		List<RuleViolationException> problems = problems(publication.agencyId(), draft);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		String summary = plain(draft.summary());
		String documentNumber = plain(draft.documentNumber());
		publication.write(draft.columnId(), plain(draft.title()), summary.isEmpty() ? null : summary,
				BodyHtml.fromInput(plainText(draft.body())), documentNumber.isEmpty() ? null : documentNumber,
				draft.madeOn(), draft.genre(), draft.validity(), draft.theme(), now);
	}

	private boolean columnOf(long columnId, long agencyId) {
		return this.catalog.belongsTo(columnId, agencyId);
	}

	private void writePolicy(Publication publication, PolicyFields fields) {
		PolicyFields policy = (fields != null) ? fields : PolicyFields.NONE;
		List<RuleViolationException> problems = policyProblems(publication.draft(), policy);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		String ref = plain(policy.interprets());
		Long interprets = ref.isEmpty() ? null : policyFor(publication, ref).id();
		boolean counted = publication.genre().counted();
		publication.writePolicy(interprets, counted ? policy.issuedOn() : null, counted ? policy.repealedOn() : null);
	}

	/**
	 * Every problem of a draft's policy fields at once (a form shows them beside those of
	 * {@link #problems}): a link to a policy document from anything but an
	 * interpretation, and for regulations and normative documents an issue date before
	 * the date made or in the future, a repeal date missing for a repealed document (or
	 * given for one in force), before the issue date or in the future. Whether a named
	 * policy document exists is checked on saving.
	 * @param draft the fields the policy fields go with; no problems while its genre or
	 * date made is missing (those are problems of the draft)
	 */
	public List<RuleViolationException> policyProblems(PublicationDraft draft, PolicyFields fields) {
		PolicyFields policy = (fields != null) ? fields : PolicyFields.NONE;
		List<RuleViolationException> problems = new ArrayList<>();
		if (draft == null || draft.genre() == null || draft.madeOn() == null) {
			return problems;
		}
		if (!plain(policy.interprets()).isEmpty() && draft.genre() != Genre.INTERPRETATION) {
			problems.add(new RuleViolationException("publication.interprets.not-interpretation",
					"Only interpretations link to a policy"));
		}
		if (draft.genre().counted()) {
			LocalDate today = LocalDate.now(this.clock);
			LocalDate issued = policy.issuedOn();
			if (issued != null && (issued.isBefore(draft.madeOn()) || issued.isAfter(today))) {
				problems.add(new RuleViolationException("publication.issued-on.invalid", "Issue date out of range"));
			}
			LocalDate repealed = policy.repealedOn();
			boolean repealedValidity = draft.validity() == Validity.REPEALED;
			LocalDate earliest = (issued != null) ? issued : draft.madeOn();
			if (repealedValidity != (repealed != null)
					|| (repealed != null && (repealed.isBefore(earliest) || repealed.isAfter(today)))) {
				problems
					.add(new RuleViolationException("publication.repealed-on.invalid", "Repeal date missing or wrong"));
			}
		}
		return problems;
	}

	/** The agency's policy document an interpretation names by index number or id. */
	private Publication policyFor(Publication interpretation, String ref) {
		String shown = (ref.length() > 60) ? ref.substring(0, 60) : ref;
		Optional<Publication> found;
		if (ref.matches("\\d{1,18}")) {
			found = this.publications.findById(Long.parseLong(ref));
		}
		else {
			found = this.publications.findByIndexNumber(ref);
		}
		return found
			.filter((p) -> p.agencyId() == interpretation.agencyId() && p.genre().needsInterpretation()
					&& p.revisionOf() == null && p.status() != PublicationStatus.WITHDRAWN
					&& p.status() != PublicationStatus.MERGED && !Objects.equals(p.id(), interpretation.id()))
			.orElseThrow(() -> new RuleViolationException("publication.interprets.unknown",
					"No policy document of the agency for the reference given", shown));
	}

}
