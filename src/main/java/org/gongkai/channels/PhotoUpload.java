package org.gongkai.channels;

import java.io.InputStream;

/**
 * A photo as uploaded: its bytes (read, not closed) and the client's file name (only
 * shown, never used as a path).
 */
public record PhotoUpload(InputStream content, String fileName) {

}
