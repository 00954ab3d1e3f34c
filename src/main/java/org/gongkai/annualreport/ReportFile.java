package org.gongkai.annualreport;

/**
 * A report as a download.
 *
 * @param fileName the file name offered (Chinese, with extension)
 * @param contentType its media type
 * @param content the bytes
 */
public record ReportFile(String fileName, String contentType, byte[] content) {
}
