package org.gongkai.publication.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

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
	 * (RFC 6266, RFC 5987): non-ASCII characters, quotes and backslashes become {@code _}
	 * in the fallback.
	 */
	static String contentDisposition(String fileName) {
		StringBuilder ascii = new StringBuilder();
		for (int i = 0; i < fileName.length(); i++) {
			char c = fileName.charAt(i);
			ascii.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%') ? c : '_');
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
	}

	private static String encode(String value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.write(c);
			}
			else {
				out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return out.toString(StandardCharsets.US_ASCII);
	}

}
