package org.gongkai.channels;

/**
 * A photo of a board posting: its id (for its address), the name it was uploaded under.
 */
public record PhotoView(long id, String fileName, String mediaType, long sizeBytes) {

}
