package org.gongkai.publication;

import java.time.Instant;

/**
 * A file attached to a publication.
 *
 * @param id the attachment id
 * @param fileName the original file name, sanitised (no path, no control characters)
 * @param mediaType the type detected from the content (PDF, DOCX, XLSX, PNG or JPEG)
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content (64 lowercase hex digits)
 * @param addedBy the clerk who attached it
 * @param addedAt when (UTC)
 */
public record AttachmentSummary(long id, String fileName, String mediaType, long size, String sha256, String addedBy,
		Instant addedAt) {

	/** Whether it is an image, whose content the privacy scanner cannot read. */
	public boolean image() {
		return this.mediaType.startsWith("image/");
	}

	/** A short name of the type for people: PDF, DOCX, XLSX, PNG or JPEG. */
	public String typeName() {
		return switch (this.mediaType) {
			case "application/pdf" -> "PDF";
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
			case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
			case "image/png" -> "PNG";
			case "image/jpeg" -> "JPEG";
			default -> this.mediaType;
		};
	}

	/** The size for people: bytes, KB or MB with one decimal. */
	public String sizeText() {
		if (this.size < 1024) {
			return this.size + " B";
		}
		if (this.size < 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f KB", this.size / 1024.0);
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", this.size / (1024.0 * 1024));
	}

}
