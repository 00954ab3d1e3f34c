package org.gongkai.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.privacy.FindingType;

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

@Entity
@Table(name = "pub_item")
class Publication {

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

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "item_id", nullable = false)
	@OrderBy("id")
	private List<Review> reviews = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "item_id", nullable = false)
	@OrderBy("id")
	private List<PrivacyDecision> decisions = new ArrayList<>();

	protected Publication() {
	}

	Publication(long agencyId, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.status = PublicationStatus.DRAFT;
		this.disclosure = DisclosureAttribute.PROACTIVE;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	PublicationStatus status() {
		return this.status;
	}

	String text(TextField field) {
		return switch (field) {
			case TITLE -> this.title;
			case SUMMARY -> (this.summary != null) ? this.summary : "";
			case BODY -> this.body;
		};
	}

	/** Sets the clerk's fields; justifications of a changed text no longer hold. */
	void write(long columnId, String title, String summary, String body, String documentNumber, LocalDate madeOn,
			Genre genre, Validity validity, Instant now) {
		if (this.id != null) {
			for (TextField field : TextField.values()) {
				String next = switch (field) {
					case TITLE -> title;
					case SUMMARY -> (summary != null) ? summary : "";
					case BODY -> body;
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
		this.documentNumber = documentNumber;
		this.madeOn = madeOn;
		this.genre = genre;
		this.validity = validity;
		this.updatedAt = now;
	}

	/**
	 * Replaces {@code [start, end)} of a text by {@code masked}, moving the later
	 * justifications of that text along.
	 */
	void mask(TextField field, FindingType type, int start, int end, String masked, String who, Instant now) {
		String text = text(field);
		String next = text.substring(0, start) + masked + text.substring(end);
		int shift = masked.length() - (end - start);
		switch (field) {
			case TITLE -> this.title = next;
			case SUMMARY -> this.summary = next;
			case BODY -> this.body = next;
		}
		for (PrivacyDecision decision : this.decisions) {
			if (decision.field() == field && decision.start() >= end) {
				decision.shift(shift);
			}
		}
		this.decisions.add(new PrivacyDecision(field, type, start, start + masked.length(), null, who, now));
		this.updatedAt = now;
	}

	void justify(TextField field, FindingType type, int start, int end, String justification, String who, Instant now) {
		this.decisions.add(new PrivacyDecision(field, type, start, end, justification, who, now));
		this.updatedAt = now;
	}

	/** The justification in force for exactly this finding, or {@code null}. */
	String justification(TextField field, FindingType type, int start, int end) {
		return this.decisions.stream()
			.filter((d) -> d.justifies(field, type, start, end))
			.reduce((a, b) -> b)
			.map(PrivacyDecision::justification)
			.orElse(null);
	}

	void moveTo(PublicationStatus next, Instant now) {
		this.status = next;
		this.updatedAt = now;
	}

	void review(String reviewer, Role role, boolean approved, String comment, Instant now) {
		this.reviews.add(new Review(reviewer, role, approved, comment, now));
		if (!approved) {
			this.returnComment = comment;
		}
	}

	void publish(LocalDate today, String indexNumber, Instant now) {
		if (this.indexNumber == null) {
			this.indexNumber = indexNumber;
		}
		if (this.publishedOn == null) {
			this.publishedOn = today;
		}
		this.returnComment = null;
		moveTo(PublicationStatus.PUBLISHED, now);
	}

	boolean hasIndexNumber() {
		return this.indexNumber != null;
	}

	void withdraw(String reason, Instant now) {
		this.withdrawReason = reason;
		moveTo(PublicationStatus.WITHDRAWN, now);
	}

	LocalDate madeOn() {
		return this.madeOn;
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

	PublicationSummary summary() {
		return new PublicationSummary(this.id, this.agencyId, this.title, this.status, this.indexNumber, this.madeOn,
				this.publishedOn);
	}

	PublicationItem item(String agencyName, String creditCode, boolean late, List<PrivacyFinding> findings) {
		return new PublicationItem(this.id, this.agencyId, agencyName, creditCode, this.columnId, this.title,
				this.summary, this.body, this.documentNumber, this.madeOn, this.publishedOn, this.genre, this.validity,
				this.disclosure, this.indexNumber, this.status, this.returnComment, this.withdrawReason, this.createdBy,
				late, this.reviews.stream().map(Review::step).toList(), findings);
	}

	PublicationDraft draft() {
		return new PublicationDraft(this.columnId, this.title, this.summary, this.body, this.documentNumber,
				this.madeOn, this.genre, this.validity);
	}

	String auditSummary() {
		return "status=" + this.status + ", columnId=" + this.columnId + ", title=" + this.title + ", genre="
				+ this.genre + ", validity=" + this.validity + ", madeOn=" + this.madeOn + ", publishedOn="
				+ this.publishedOn + ", indexNumber=" + this.indexNumber + ", bodyLength="
				+ ((this.body != null) ? this.body.length() : 0);
	}

}
