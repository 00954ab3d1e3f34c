package org.gongkai.platform;

/**
 * A file {@link Uploads} has stored.
 *
 * @param sha256 the SHA-256 of the content, 64 lowercase hex digits: its address in the
 * store
 * @param mediaType the media type detected from the content, one of the policy's
 * @param size the size in bytes
 * @param fileName the client's file name, sanitised for display and downloads (no path,
 * no control characters, at most {@link Uploads#MAX_FILE_NAME} characters, never empty)
 * @param text the text extracted from the content (PDF, DOCX, XLSX), empty for other
 * types or when the policy asks for none; at most the policy's {@code maxTextChars}
 * @param textComplete false when the content held more text than the policy allows and
 * {@code text} is cut short
 */
public record StoredUpload(String sha256, String mediaType, long size, String fileName, String text,
		boolean textComplete) {

}
