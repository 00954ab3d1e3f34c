package org.gongkai.request.letters;

/**
 * A produced letter file.
 *
 * @param fileName an ASCII file name, e.g. {@code YSQ-2026-42-00017-reply.pdf}
 */
public record LetterFile(String fileName, String contentType, byte[] content) {

}
