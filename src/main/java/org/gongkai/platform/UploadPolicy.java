package org.gongkai.platform;

import java.util.Objects;
import java.util.Set;

/**
 * What a caller of {@link Uploads} accepts.
 *
 * @param maxBytes the largest file accepted, in bytes (more is refused and nothing is
 * stored)
 * @param mediaTypes the media types accepted, as detected from the content (for example
 * {@code application/pdf}); the file name and the client's Content-Type are ignored
 * @param maxTextChars how many characters of text to extract at most (0: extract none); a
 * file with more text is stored with {@link StoredUpload#textComplete()} false
 */
public record UploadPolicy(long maxBytes, Set<String> mediaTypes, int maxTextChars) {

	public UploadPolicy {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive");
		}
		if (maxTextChars < 0) {
			throw new IllegalArgumentException("maxTextChars must not be negative");
		}
		mediaTypes = Set.copyOf(Objects.requireNonNull(mediaTypes, "mediaTypes"));
	}

}
