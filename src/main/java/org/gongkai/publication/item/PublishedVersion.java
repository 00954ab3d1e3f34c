package org.gongkai.publication.item;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationVersion;
import org.gongkai.publication.Validity;

/**
 * The text of an item as it was public from one publication on: the first one and every
 * published revision. Never changed once written.
 */
@Entity
@Table(name = "pub_version")
public class PublishedVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id")
	private long itemId;

	private int edition;

	private String title;

	private String summary;

	private String body;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "made_on")
	private LocalDate madeOn;

	@Enumerated(EnumType.STRING)
	private Genre genre;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "change_note")
	private String changeNote;

	@Column(name = "revision_id")
	private Long revisionId;

	protected PublishedVersion() {
	}

	PublishedVersion(long itemId, int edition, String title, String summary, String body, String documentNumber,
			LocalDate madeOn, Genre genre, Validity validity, LocalDate publishedOn, Instant publishedAt,
			String publishedBy, String changeNote, Long revisionId) {
		this.itemId = itemId;
		this.edition = edition;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.documentNumber = documentNumber;
		this.madeOn = madeOn;
		this.genre = genre;
		this.validity = validity;
		this.publishedOn = publishedOn;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.changeNote = changeNote;
		this.revisionId = revisionId;
	}

	public int edition() {
		return this.edition;
	}

	public PublicationVersion view(boolean current) {
		return new PublicationVersion(this.itemId, this.edition, this.title, this.summary, this.body,
				this.documentNumber, this.madeOn, this.genre, this.validity, this.publishedOn, this.publishedAt,
				this.publishedBy, this.changeNote, current);
	}

}
