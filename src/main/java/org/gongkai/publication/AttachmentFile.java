package org.gongkai.publication;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An attachment to download.
 *
 * @param summary its name, type and size
 * @param content opens the stored bytes (the caller closes the stream)
 */
public record AttachmentFile(AttachmentSummary summary, Supplier<InputStream> content) {

}
