package org.gongkai.request.letters;

/**
 * A produced letter file.
 *
 * @param fileName the name to save it under, in Chinese, e.g.
 * {@code 答复告知书（YSQ-2026-42-00017）.pdf}
 * @param asciiName the same in ASCII for clients without RFC 5987, e.g.
 * {@code YSQ-2026-42-00017-reply.pdf}
 */
public record LetterFile(String fileName, String asciiName, String contentType, byte[] content) {

}
