package org.gongkai.request.delivery;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The information a case delivers, as the staff page shows it.
 *
 * @param editable whether the signed-in user may still attach, write and redact (a clerk
 * of the case's agency, before the reply is released)
 * @param partial whether the answer is (or is not yet known not to be) a partial
 * disclosure, where attachments are redacted
 * @param files the files delivered now, oldest first (a redacted PDF replaces its
 * original)
 * @param text the delivered text, masked, or {@code null}
 * @param textFindings what the privacy scanner found and masked in the text
 * @param redactions the redaction log, oldest first
 */
public record DeliveryView(long caseId, String trackingNo, boolean editable, boolean partial, List<DeliveredFile> files,
		String text, List<FindingCount> textFindings, List<Redaction> redactions) {

	public DeliveryView {
		files = List.copyOf(files);
		textFindings = List.copyOf(textFindings);
		redactions = List.copyOf(redactions);
	}

	/**
	 * One delivered file.
	 *
	 * @param findings what the privacy scanner found in its text (PDF, DOCX, XLSX)
	 * @param redacted whether it is a redacted copy
	 */
	public record DeliveredFile(long id, String fileName, String mediaType, long size, List<FindingCount> findings,
			boolean redacted) {

		public boolean pdf() {
			return "application/pdf".equals(this.mediaType);
		}

	}

	/**
	 * How often the scanner found one kind of personal data ({@code FindingType} name).
	 */
	public record FindingCount(String type, int count) {

	}

	/**
	 * One line of the redaction log (Regulations art. 37).
	 *
	 * @param kind {@code TEXT} (found text) or {@code AREA} (a page area)
	 * @param what the text found, masked, or the area in millimetres
	 * @param at when, in the platform's time zone
	 */
	public record Redaction(String fileName, int page, String kind, String what, String reason, String by,
			LocalDateTime at) {

	}

}
