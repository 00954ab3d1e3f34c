package org.gongkai.publication.item;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongkai.publication.AttachmentSummary;

/**
 * A file attached to a publication: the content lives in the upload store under its
 * SHA-256; the row keeps the name, the type detected from the content, the size and the
 * text extracted for the privacy scanner.
 */
@Entity
@Table(name = "pub_attachment")
public class PublicationAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sha256;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "text_content")
	private String text;

	@Column(name = "added_by")
	private String addedBy;

	@Column(name = "added_at")
	private Instant addedAt;

	protected PublicationAttachment() {
	}

	public PublicationAttachment(String sha256, String mediaType, long size, String fileName, String text,
			String addedBy, Instant addedAt) {
		this.sha256 = sha256;
		this.mediaType = mediaType;
		this.size = size;
		this.fileName = fileName;
		this.text = text;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public Long id() {
		return this.id;
	}

	public String sha256() {
		return this.sha256;
	}

	public String text() {
		return this.text;
	}

	public AttachmentSummary summary() {
		return new AttachmentSummary(this.id, this.fileName, this.mediaType, this.size, this.sha256, this.addedBy,
				this.addedAt);
	}

	public String auditSummary() {
		return "attachmentId=" + this.id + ", fileName=" + this.fileName + ", mediaType=" + this.mediaType + ", size="
				+ this.size + ", sha256=" + this.sha256;
	}

}
