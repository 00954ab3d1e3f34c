package org.gongkai.annualreport;

import java.util.Locale;
import java.util.Optional;

/** The download formats of a published report. */
public enum ReportFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	PDF("application/pdf"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String contentType;

	ReportFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format of a file extension ({@code docx}, {@code pdf}, {@code xlsx}). */
	public static Optional<ReportFormat> ofExtension(String extension) {
		for (ReportFormat format : values()) {
			if (format.extension().equals(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
