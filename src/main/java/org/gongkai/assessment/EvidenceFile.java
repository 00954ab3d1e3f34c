package org.gongkai.assessment;

import java.io.InputStream;

/**
 * An evidence file as uploaded: checked and stored by the platform's uploads.
 *
 * @param content the bytes
 * @param fileName the client's file name (only shown)
 */
public record EvidenceFile(InputStream content, String fileName) {

}
