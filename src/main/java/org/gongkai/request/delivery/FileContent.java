package org.gongkai.request.delivery;

/** A delivered file's bytes, for a download or an e-mail attachment. */
public record FileContent(String fileName, String mediaType, byte[] bytes) {

}
