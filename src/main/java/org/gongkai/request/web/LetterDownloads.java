package org.gongkai.request.web;

import org.gongkai.platform.web.Downloads;
import org.gongkai.request.letters.LetterFile;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Letter files as HTTP downloads: attachment under their Chinese name (with an ASCII
 * fallback), never cached, never sniffed.
 */
final class LetterDownloads {

	private LetterDownloads() {
	}

	static ResponseEntity<byte[]> of(LetterFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.fileName(), file.asciiName()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
