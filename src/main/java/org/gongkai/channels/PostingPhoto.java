package org.gongkai.channels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo of a board posting, kept in the object store by its SHA-256. */
@Entity
@Table(name = "chn_posting_photo")
class PostingPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "posting_id")
	private long postingId;

	private String sha256;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	@Column(name = "file_name")
	private String fileName;

	protected PostingPhoto() {
	}

	PostingPhoto(long postingId, String sha256, String mediaType, long sizeBytes, String fileName) {
		this.postingId = postingId;
		this.sha256 = sha256;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.fileName = fileName;
	}

	long id() {
		return this.id;
	}

	long postingId() {
		return this.postingId;
	}

	String sha256() {
		return this.sha256;
	}

	String mediaType() {
		return this.mediaType;
	}

	PhotoView view() {
		return new PhotoView(this.id, this.fileName, this.mediaType, this.sizeBytes);
	}

}
