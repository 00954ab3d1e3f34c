package org.gongkai.services;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A form of a service item, kept in the object store by its SHA-256. */
@Embeddable
class ServiceForm {

	@Column(name = "file_name")
	private String fileName;

	private String sha256;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	protected ServiceForm() {
	}

	ServiceForm(String fileName, String sha256, String mediaType, long size) {
		this.fileName = fileName;
		this.sha256 = sha256;
		this.mediaType = mediaType;
		this.size = size;
	}

	String fileName() {
		return this.fileName;
	}

	String sha256() {
		return this.sha256;
	}

	String mediaType() {
		return this.mediaType;
	}

	long size() {
		return this.size;
	}

}
