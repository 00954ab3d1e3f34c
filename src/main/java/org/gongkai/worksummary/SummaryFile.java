package org.gongkai.worksummary;

/** A rendered summary or table: its file name, content type and bytes. */
public record SummaryFile(String fileName, String contentType, byte[] content) {

}
