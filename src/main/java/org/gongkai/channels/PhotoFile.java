package org.gongkai.channels;

import java.io.InputStream;

/** A stored photo opened for serving; the caller closes the stream. */
public record PhotoFile(InputStream content, String mediaType, long size) {

}
