package org.gongkai.decisions;

/**
 * A stage's attachment, to be read from {@link org.gongkai.platform.Uploads#open}.
 */
public record StageFile(String sha256, String fileName, String mediaType, long size) {

}
