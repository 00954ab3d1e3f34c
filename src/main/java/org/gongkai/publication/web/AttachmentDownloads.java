package org.gongkai.publication.web;

import org.gongkai.platform.web.Downloads;
import org.gongkai.publication.AttachmentFile;
import org.gongkai.publication.AttachmentSummary;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attachment as a download: the detected Content-Type, always
 * {@code Content-Disposition: attachment} (never shown inline) with the name in RFC 5987
 * UTF-8 form and an ASCII fallback, and {@code X-Content-Type-Options: nosniff}.
 */
final class AttachmentDownloads {

	private AttachmentDownloads() {
	}

	static ResponseEntity<Resource> of(AttachmentFile file) {
		AttachmentSummary summary = file.summary();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(summary.mediaType()))
			.contentLength(summary.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(summary.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content().get()));
	}

	/**
	 * 「attachment; filename=ascii fallback in quotes; filename*=UTF-8''percent-encoded」
	 * (RFC 6266, RFC 5987; {@link Downloads}): non-ASCII characters, quotes and
	 * backslashes become {@code _} in the fallback.
	 */
	static String contentDisposition(String fileName) {
		return Downloads.attachment(fileName, fileName);
	}

}
