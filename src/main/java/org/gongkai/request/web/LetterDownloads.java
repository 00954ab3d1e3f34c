package org.gongkai.request.web;

import java.nio.charset.StandardCharsets;

import org.gongkai.request.letters.LetterFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Letter files as HTTP downloads: attachment, never cached, never sniffed. */
final class LetterDownloads {

	private LetterDownloads() {
	}

	static ResponseEntity<byte[]> of(LetterFile file) {
		return of(file.fileName(), file.contentType(), file.content());
	}

	/** Any file of a case (a letter, a delivered file) as a download. */
	static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
