package org.gongkai.activities;

import java.io.InputStream;

/**
 * A stored photo, sign-in sheet or document, opened for a download.
 *
 * @param mediaType the type detected when it was uploaded
 * @param fileName the file name as uploaded (sanitised)
 * @param content the bytes; the caller closes the stream
 */
public record StoredFile(String mediaType, String fileName, InputStream content) {

}
