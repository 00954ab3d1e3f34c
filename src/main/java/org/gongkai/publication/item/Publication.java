package org.gongkai.publication.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.privacy.FindingType;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PrivacyFinding;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationStatus;
import org.gongkai.publication.PublicationSummary;
import org.gongkai.publication.TextField;
import org.gongkai.publication.Theme;
import org.gongkai.publication.Validity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item of proactive disclosure in every state from draft to withdrawal, with its
 * reviews, the decisions on what the privacy scanner found, and its attachments. It is
 * longer than our 400 lines because it is one aggregate: reviews, decisions and
 * attachments change only through it, so that a changed or masked text voids or shifts
 * the decisions on it in the same place; about half of it is mapped columns and their
 * accessors.
 */
@Entity
@Table(name = "pub_item")
public class Publication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "column_id")
	private long columnId;

	private String title;

	private String summary;

	private String body;

	/** TEXT for bodies stored before rich text (plain text), HTML (sanitised) since. */
	@Column(name = "body_format")
	private String bodyFormat;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "made_on")
	private LocalDate madeOn;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private Genre genre;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	@Enumerated(EnumType.STRING)
	private Theme theme;

	@Enumerated(EnumType.STRING)
	private DisclosureAttribute disclosure;

	@Column(name = "index_number")
	private String indexNumber;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status;

	@Column(name = "return_comment")
	private String returnComment;

	@Column(name = "withdraw_reason")
	private String withdrawReason;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	/** The published item this draft revises, or {@code null}. */
	@Column(name = "revision_of")
	private Long revisionOf;

	/**
	 * Why a revision changes the item (required on revisions); on items, the last one.
	 */
	@Column(name = "change_note")
	private String changeNote;

	/** The public version number: 1 at first publication, +1 per published revision. */
	private int edition = 1;

	/** The policy document an interpretation interprets, or {@code null}. */
	@Column(name = "interprets_id")
	private Long interpretsId;

	/** A policy document published without a published interpretation (三同步). */
	@Column(name = "interpretation_missing")
	private boolean interpretationMissing;

	@Column(name = "scheduled_at")
	private Instant scheduledAt;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "repealed_on")
	private LocalDate repealedOn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "item_id", nullable = false)
	@OrderBy("id")
	private List<Review> reviews = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "item_id", nullable = false)
	@OrderBy("id")
	private List<PrivacyDecision> decisions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "item_id", nullable = false)
	@OrderBy("id")
	private List<PublicationAttachment> attachments = new ArrayList<>();

	protected Publication() {
	}

	public Publication(long agencyId, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.status = PublicationStatus.DRAFT;
		this.disclosure = DisclosureAttribute.PROACTIVE;
		this.bodyFormat = "HTML";
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public PublicationStatus status() {
		return this.status;
	}

	public long columnId() {
		return this.columnId;
	}

	public String text(TextField field) {
		return switch (field) {
			case TITLE -> this.title;
			case SUMMARY -> (this.summary != null) ? this.summary : "";
			case BODY -> this.body;
			case ATTACHMENT -> throw new IllegalArgumentException("An attachment's text is read by id");
		};
	}

	/** Whether the body is sanitised HTML (else plain text, stored before rich text). */
	public boolean htmlBody() {
		return "HTML".equals(this.bodyFormat);
	}

	/**
	 * Sets the clerk's fields ({@code body} sanitised HTML); justifications of a changed
	 * text no longer hold.
	 */
	public void write(long columnId, String title, String summary, String body, String documentNumber, LocalDate madeOn,
			Genre genre, Validity validity, Theme theme, Instant now) {
		if (this.id != null) {
			for (TextField field : TextField.TEXTS) {
				String next = switch (field) {
					case TITLE -> title;
					case SUMMARY -> (summary != null) ? summary : "";
					default -> body;
				};
				if (!next.equals(text(field))) {
					this.decisions.stream().filter((d) -> d.field() == field).forEach(PrivacyDecision::deactivate);
				}
			}
		}
		this.columnId = columnId;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.bodyFormat = "HTML";
		this.documentNumber = documentNumber;
		this.madeOn = madeOn;
		this.genre = genre;
		this.validity = validity;
		this.theme = theme;
		this.updatedAt = now;
	}

	/**
	 * Replaces {@code [start, end)} of a text by {@code masked} (for an HTML body: the
	 * escaped masked text and the tags that were in the range), moving the later
	 * justifications of that text along.
	 */
	public void mask(TextField field, FindingType type, int start, int end, String masked, String who, Instant now) {
		String text = text(field);
		String next = text.substring(0, start) + masked + text.substring(end);
		int shift = masked.length() - (end - start);
		switch (field) {
			case TITLE -> this.title = next;
			case SUMMARY -> this.summary = next;
			case BODY -> this.body = next;
			case ATTACHMENT -> throw new IllegalArgumentException("An attachment cannot be masked");
		}
		for (PrivacyDecision decision : this.decisions) {
			if (decision.field() == field && decision.start() >= end) {
				decision.shift(shift);
			}
		}
		this.decisions.add(new PrivacyDecision(field, type, start, start + masked.length(), null, who, now));
		this.updatedAt = now;
	}

	public void justify(TextField field, Long attachmentId, FindingType type, int start, int end, String justification,
			String who, Instant now) {
		this.decisions.add(new PrivacyDecision(field, attachmentId, type, start, end, justification, who, now));
		this.updatedAt = now;
	}

	/** The justification in force for exactly this finding, or {@code null}. */
	public String justification(TextField field, Long attachmentId, FindingType type, int start, int end) {
		return this.decisions.stream()
			.filter((d) -> d.justifies(field, attachmentId, type, start, end))
			.reduce((a, b) -> b)
			.map(PrivacyDecision::justification)
			.orElse(null);
	}

	public List<PublicationAttachment> attachments() {
		return List.copyOf(this.attachments);
	}

	public void attach(PublicationAttachment attachment, Instant now) {
		this.attachments.add(attachment);
		this.updatedAt = now;
	}

	/**
	 * Removes an attachment; the decisions on what was found in it no longer hold.
	 * @return the removed attachment, or {@code null} if the item has none with that id
	 */
	public PublicationAttachment detach(long attachmentId, Instant now) {
		PublicationAttachment found = attachment(attachmentId);
		if (found == null) {
			return null;
		}
		this.attachments.remove(found);
		this.decisions.stream()
			.filter((d) -> d.field() == TextField.ATTACHMENT && Long.valueOf(attachmentId).equals(d.attachmentId()))
			.forEach(PrivacyDecision::deactivate);
		this.updatedAt = now;
		return found;
	}

	/** The attachment with this id, or {@code null}. */
	public PublicationAttachment attachment(long attachmentId) {
		return this.attachments.stream().filter((a) -> a.id() == attachmentId).findFirst().orElse(null);
	}

	public void moveTo(PublicationStatus next, Instant now) {
		this.status = next;
		this.updatedAt = now;
	}

	public void review(String reviewer, Role role, boolean approved, String comment, Instant now) {
		this.reviews.add(new Review(reviewer, role, approved, comment, now));
		if (!approved) {
			this.returnComment = comment;
		}
	}

	public void publish(LocalDate today, String indexNumber, Instant now) {
		if (this.indexNumber == null) {
			this.indexNumber = indexNumber;
		}
		if (this.publishedOn == null) {
			this.publishedOn = today;
		}
		this.returnComment = null;
		this.scheduledAt = null;
		moveTo(PublicationStatus.PUBLISHED, now);
	}

	public boolean hasIndexNumber() {
		return this.indexNumber != null;
	}

	public void withdraw(String reason, Instant now) {
		this.withdrawReason = reason;
		moveTo(PublicationStatus.WITHDRAWN, now);
	}

	public LocalDate madeOn() {
		return this.madeOn;
	}

	public LocalDate publishedOn() {
		return this.publishedOn;
	}

	public PublicationSummary summary() {
		return new PublicationSummary(this.id, this.agencyId, this.title, this.status, this.indexNumber, this.madeOn,
				this.publishedOn, this.documentNumber, this.genre, this.validity);
	}

	public PublicationItem item(String agencyName, String creditCode, boolean late, List<PrivacyFinding> findings) {
		return new PublicationItem(this.id, this.agencyId, agencyName, creditCode, this.columnId, this.title,
				this.summary, this.body, htmlBody(), this.documentNumber, this.madeOn, this.publishedOn, this.genre,
				this.validity, this.theme, this.disclosure, this.indexNumber, this.status, this.returnComment,
				this.withdrawReason, this.createdBy, late, this.reviews.stream().map(Review::step).toList(), findings,
				this.attachments.stream().map(PublicationAttachment::summary).toList());
	}

	public PublicationDraft draft() {
		return new PublicationDraft(this.columnId, this.title, this.summary, this.body, this.documentNumber,
				this.madeOn, this.genre, this.validity, this.theme);
	}

	public String auditSummary() {
		return "status=" + this.status + ", columnId=" + this.columnId + ", title=" + this.title + ", genre="
				+ this.genre + ", validity=" + this.validity + ", theme=" + this.theme + ", madeOn=" + this.madeOn
				+ ", publishedOn=" + this.publishedOn + ", indexNumber=" + this.indexNumber + ", bodyLength="
				+ ((this.body != null) ? this.body.length() : 0) + ", attachments=" + this.attachments.size();
	}

	public Long revisionOf() {
		return this.revisionOf;
	}

	public String changeNote() {
		return this.changeNote;
	}

	public int edition() {
		return this.edition;
	}

	public Long interpretsId() {
		return this.interpretsId;
	}

	public boolean interpretationMissing() {
		return this.interpretationMissing;
	}

	public Instant scheduledAt() {
		return this.scheduledAt;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public LocalDate repealedOn() {
		return this.repealedOn;
	}

	public Genre genre() {
		return this.genre;
	}

	public String title() {
		return this.title;
	}

	public String indexNumber() {
		return this.indexNumber;
	}

	/** Makes this new draft a revision of a published item. */
	public void revise(long itemId, String changeNote) {
		this.revisionOf = itemId;
		this.changeNote = changeNote;
	}

	public void noteChange(String changeNote) {
		this.changeNote = changeNote;
	}

	/** The lifecycle fields a clerk writes besides the draft. */
	public void writePolicy(Long interpretsId, LocalDate issuedOn, LocalDate repealedOn) {
		this.interpretsId = interpretsId;
		this.issuedOn = issuedOn;
		this.repealedOn = repealedOn;
	}

	public void schedule(Instant at, Instant now) {
		this.scheduledAt = at;
		moveTo(PublicationStatus.SCHEDULED, now);
	}

	/**
	 * Waits for the leader's sign-off after confidentiality approval, keeping the time
	 * the reviewer chose for publication ({@code null}: at once).
	 */
	public void awaitSignOff(Instant publishAt, Instant now) {
		this.scheduledAt = publishAt;
		moveTo(PublicationStatus.IN_LEADER_APPROVAL, now);
	}

	/** Back to the clerk after a return; a chosen publication time no longer holds. */
	public void returnToDraft(Instant now) {
		this.scheduledAt = null;
		moveTo(PublicationStatus.DRAFT, now);
	}

	public void unschedule(Instant now) {
		this.scheduledAt = null;
		moveTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW, now);
	}

	/**
	 * Takes the text of a published revision as the new public version: index number and
	 * first publication date stay, the version number goes up.
	 */
	public void replaceBy(Publication revision, Instant now) {
		write(revision.columnId, revision.title, revision.summary, revision.body, revision.documentNumber,
				revision.madeOn, revision.genre, revision.validity, revision.theme, now);
		this.interpretsId = revision.interpretsId;
		this.issuedOn = revision.issuedOn;
		this.repealedOn = revision.repealedOn;
		this.changeNote = revision.changeNote;
		this.edition++;
	}

	public void merged(Instant now) {
		this.scheduledAt = null;
		moveTo(PublicationStatus.MERGED, now);
	}

	public void flagInterpretation(boolean missing) {
		this.interpretationMissing = missing;
	}

	public PublishedVersion snapshot(LocalDate today, Instant now, String who, Long revisionId) {
		return new PublishedVersion(this.id, this.edition, this.title, this.summary, this.body, this.documentNumber,
				this.madeOn, this.genre, this.validity, today, now, who, (revisionId != null) ? this.changeNote : null,
				revisionId);
	}

	public String lifecycleSummary() {
		return "edition=" + this.edition + ", revisionOf=" + this.revisionOf + ", interpretsId=" + this.interpretsId
				+ ", interpretationMissing=" + this.interpretationMissing + ", scheduledAt=" + this.scheduledAt
				+ ", issuedOn=" + this.issuedOn + ", repealedOn=" + this.repealedOn + ", changeNote=" + this.changeNote;
	}

}
