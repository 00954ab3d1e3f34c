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
		return of(file.fileName(), file.asciiName(), file.contentType(), file.content());
	}

	/**
	 * Any file of a case (a letter, a delivered file) as a download, under its own name
	 * and, for clients without RFC 5987, an ASCII name.
	 */
	static ResponseEntity<byte[]> of(String fileName, String asciiName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName, asciiName))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
