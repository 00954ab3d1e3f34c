package org.gongkai.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader of the platform (Apache Commons CSV, RFC 4180 quoting), for files
 * that offices keep in Excel or WPS: the register import and the annual report's entries.
 * <p>
 * The bytes are UTF-8, with or without a byte-order mark, or else GB18030 (what Excel on
 * a Chinese Windows writes as "CSV"); both are decoded strictly, so a file in neither is
 * refused rather than read as mojibake. UTF-16 (Excel's "Unicode text") is refused, and
 * so is any control character other than tab and line breaks: such a file is not text.
 */
public final class CsvText {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(false)
		// "12"元 reads as 12元, as Excel does, rather than refusing the file
		.setTrailingData(true)
		.get();

	private CsvText() {
	}

	/**
	 * The records of a CSV file, in order; a line break inside quotes stays in its field.
	 * @throws Unreadable naming why the file cannot be read as CSV
	 */
	public static List<Row> read(byte[] bytes) throws Unreadable {
		String text = decode((bytes != null) ? bytes : new byte[0]);
		if (text.chars().anyMatch((c) -> (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F)) {
			throw new Unreadable(Reason.NOT_TEXT, 0);
		}
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
			for (CSVRecord record : parser) {
				rows.add(new Row((int) record.getRecordNumber(), record.toList()));
			}
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// Commons CSV reports a quote left open this way
			throw new Unreadable(Reason.QUOTE, rows.size() + 1);
		}
		catch (IOException ex) {
			throw new Unreadable(Reason.QUOTE, rows.size() + 1);
		}
		return rows;
	}

	/** UTF-8 (a byte-order mark is dropped), else GB18030; both decoded strictly. */
	static String decode(byte[] bytes) throws Unreadable {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			try {
				return strict(StandardCharsets.UTF_8, bytes, 3);
			}
			catch (CharacterCodingException ex) {
				throw new Unreadable(Reason.ENCODING, 0);
			}
		}
		if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
				|| ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
			throw new Unreadable(Reason.ENCODING, 0);
		}
		try {
			return strict(StandardCharsets.UTF_8, bytes, 0);
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return strict(GB18030, bytes, 0);
			}
			catch (CharacterCodingException ex) {
				throw new Unreadable(Reason.ENCODING, 0);
			}
		}
	}

	private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
			.toString();
	}

	/**
	 * One record.
	 *
	 * @param number the record's number, from 1 (a quoted line break does not start a new
	 * record)
	 * @param fields the fields as written, quotes removed
	 */
	public record Row(int number, List<String> fields) {

		public Row {
			fields = List.copyOf(fields);
		}

		/**
		 * Whether every field is blank (an empty line in the file reads as one blank
		 * field).
		 */
		public boolean blank() {
			return this.fields.stream().allMatch(String::isBlank);
		}

	}

	/** Why a file could not be read. */
	public enum Reason {

		/** Neither UTF-8 nor GB18030 (or UTF-16). */
		ENCODING,

		/** Control characters: a binary file, not text. */
		NOT_TEXT,

		/** A quote left open at the end of the file. */
		QUOTE

	}

	/** The file is not CSV this reader accepts. */
	public static final class Unreadable extends Exception {

		private final Reason reason;

		private final int row;

		Unreadable(Reason reason, int row) {
			super("Unreadable CSV (" + reason + ((row > 0) ? " at record " + row : "") + ")");
			this.reason = reason;
			this.row = row;
		}

		public Reason reason() {
			return this.reason;
		}

		/** The record where reading stopped, from 1; 0 when the whole file is refused. */
		public int row() {
			return this.row;
		}

	}

}
