package org.gongkai.activities;

import java.io.InputStream;

/**
 * A file a user uploaded with an activity or an organisation: the client's file name
 * (only shown, never trusted) and its content, which {@code platform.Uploads} checks.
 *
 * @param fileName the client's file name
 * @param content the bytes, read once
 */
public record IncomingFile(String fileName, InputStream content) {

}
