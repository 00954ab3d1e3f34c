package org.gongkai.request.register;

/**
 * A register file was refused as a whole or had invalid rows: nothing was imported. The
 * result lists every reason, in Chinese, with its row (the header is row 1; 0 for the
 * file as a whole).
 */
public class RegisterImportRefused extends RuntimeException {

	private final transient RegisterImportResult result;

	private final Kind kind;

	RegisterImportRefused(Kind kind, RegisterImportResult result, String logMessage) {
		super(logMessage);
		this.kind = kind;
		this.result = result;
	}

	/** What went wrong, which the web layer maps to an HTTP status. */
	public Kind kind() {
		return this.kind;
	}

	/** Zero imported, and the reasons. */
	public RegisterImportResult result() {
		return this.result;
	}

	/** Why a register was refused. */
	public enum Kind {

		/** Larger than the limit (HTTP 413). */
		TOO_LARGE,

		/** Neither CSV nor XLSX by its content (HTTP 415). */
		UNSUPPORTED_TYPE,

		/** Unreadable, empty, a bad header, too many rows, or invalid rows (HTTP 422). */
		INVALID

	}

}
