package org.gongkai.request.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.CsvText;

/**
 * Reads a register (台账) file into rows of cells by column. The type is decided by the
 * content, never by the name: an Office Open XML package is read as XLSX (first sheet), a
 * file of text as CSV with {@link CsvText} (UTF-8 with or without byte-order mark;
 * GB18030, as Excel in China saves CSV, when the bytes are not valid UTF-8); anything
 * else is refused. Row 1 is the header; blank rows are skipped but keep their numbers, so
 * every row number is the one a user sees in Excel.
 */
public final class RegisterFile {

	/** The largest file accepted. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most data rows in one file. */
	public static final int MAX_ROWS = 10_000;

	/**
	 * The most an XLSX package may inflate to, over all its parts (a zip bomb is refused
	 * before POI reads it; POI's own ZipSecureFile ratio check applies as well).
	 */
	public static final long MAX_UNZIPPED = 25L * 1024 * 1024;

	/** The most parts an XLSX package may have. */
	public static final int MAX_ZIP_ENTRIES = 500;

	public enum Format {

		CSV, XLSX

	}

	/** A data row: its number and its cells by column (every column present). */
	public record Line(int row, Map<RegisterColumn, RegisterCell> cells) {

	}

	/** The rows of a readable file with a valid header. */
	public record Contents(Format format, List<Line> lines) {

	}

	/** The file as a whole is refused. */
	public static final class Unreadable extends Exception {

		private final RegisterImportRefused.Kind kind;

		private final transient List<RegisterProblem> problems;

		Unreadable(RegisterImportRefused.Kind kind, List<RegisterProblem> problems) {
			super(problems.get(0).key());
			this.kind = kind;
			this.problems = problems;
		}

		Unreadable(RegisterImportRefused.Kind kind, String key, Object... arguments) {
			this(kind, List.of(RegisterProblem.of(0, key, arguments)));
		}

		public RegisterImportRefused.Kind kind() {
			return this.kind;
		}

		public List<RegisterProblem> problems() {
			return this.problems;
		}

	}

	private RegisterFile() {
	}

	public static Contents read(byte[] bytes) throws Unreadable {
		if (bytes == null || bytes.length == 0) {
			throw invalid("request.import.file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new Unreadable(RegisterImportRefused.Kind.TOO_LARGE, "request.import.file.too-large",
					MAX_BYTES / (1024 * 1024));
		}
		FileMagic magic = FileMagic.valueOf(bytes);
		return switch (magic) {
			case OOXML -> new Contents(Format.XLSX, lines(xlsx(bytes)));
			case OLE2, BIFF2, BIFF3, BIFF4 -> throw unsupported("request.import.file.xls");
			case UNKNOWN -> new Contents(Format.CSV, lines(csv(bytes)));
			default -> throw unsupported("request.import.file.type");
		};
	}

	/** One record of the file: its row number and its cells in column order. */
	private record Raw(int row, List<RegisterCell> cells) {

		boolean blank() {
			return this.cells.stream().allMatch(RegisterCell::isEmpty);
		}

	}

	private static List<Line> lines(List<Raw> records) throws Unreadable {
		if (records.isEmpty() || records.stream().allMatch(Raw::blank)) {
			throw invalid("request.import.file.empty");
		}
		Raw header = records.get(0);
		if (header.row() != 1 || header.blank()) {
			throw new Unreadable(RegisterImportRefused.Kind.INVALID,
					List.of(RegisterProblem.of(1, "request.import.header.missing")));
		}
		Map<RegisterColumn, Integer> positions = new EnumMap<>(RegisterColumn.class);
		List<RegisterProblem> problems = new ArrayList<>();
		for (int i = 0; i < header.cells().size(); i++) {
			RegisterCell cell = header.cells().get(i);
			if (cell.isEmpty()) {
				continue;
			}
			RegisterColumn column = RegisterColumn.ofHeader(cell.text()).orElse(null);
			if (column == null) {
				problems.add(RegisterProblem.of(1, "request.import.header.unknown-column", i + 1,
						RegisterRow.shown(cell.formula() ? "=" : cell.text())));
			}
			else if (positions.putIfAbsent(column, i) != null) {
				problems.add(RegisterProblem.of(1, "request.import.header.duplicate-column", column.label()));
			}
		}
		for (RegisterColumn column : RegisterColumn.values()) {
			if (!positions.containsKey(column)) {
				problems.add(RegisterProblem.of(1, "request.import.header.missing-column", column.label()));
			}
		}
		if (!problems.isEmpty()) {
			throw new Unreadable(RegisterImportRefused.Kind.INVALID, problems);
		}
		List<Line> lines = new ArrayList<>();
		for (Raw record : records.subList(1, records.size())) {
			if (record.blank()) {
				continue;
			}
			Map<RegisterColumn, RegisterCell> cells = new EnumMap<>(RegisterColumn.class);
			positions.forEach((column, index) -> cells.put(column,
					(index < record.cells().size()) ? record.cells().get(index) : RegisterCell.EMPTY));
			lines.add(new Line(record.row(), cells));
		}
		if (lines.isEmpty()) {
			throw invalid("request.import.file.no-rows");
		}
		return lines;
	}

	// CSV

	/**
	 * The records of a CSV file, read by the platform's one CSV reader; its refusals keep
	 * the import's message keys.
	 */
	private static List<Raw> csv(byte[] bytes) throws Unreadable {
		List<CsvText.Row> rows;
		try {
			rows = CsvText.read(bytes);
		}
		catch (CsvText.Unreadable ex) {
			throw switch (ex.reason()) {
				case ENCODING -> invalid("request.import.file.encoding");
				// Text files hold no control characters other than tab and line breaks
				case NOT_TEXT -> unsupported("request.import.file.type");
				case QUOTE -> new Unreadable(RegisterImportRefused.Kind.INVALID,
						List.of(RegisterProblem.of(ex.row(), "request.import.file.csv-quote")));
			};
		}
		Records records = new Records();
		for (CsvText.Row row : rows) {
			records.add(new Raw(row.number(), row.fields().stream().map(RegisterCell::text).toList()));
		}
		return records.list;
	}

	// XLSX

	private static List<Raw> xlsx(byte[] bytes) throws Unreadable {
		inflatedSize(bytes);
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
			@SuppressWarnings("resource") // closing would write the package back; revert
											// below
			XSSFWorkbook workbook = new XSSFWorkbook(pkg);
			if (workbook.getNumberOfSheets() == 0) {
				throw invalid("request.import.file.empty");
			}
			return rows(workbook.getSheetAt(0));
		}
		catch (Unreadable ex) {
			throw ex;
		}
		catch (Exception ex) {
			// POI's NotOfficeXmlFileException, InvalidFormatException, POIXMLException,
			// its ZipSecureFile refusals and any other failure of a malformed package
			throw invalid("request.import.file.corrupt");
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	/**
	 * Inflates every part once, counting, before POI builds anything: a package that
	 * inflates beyond {@link #MAX_UNZIPPED}, has too many parts or lacks the parts every
	 * Office Open XML package has is refused.
	 */
	private static void inflatedSize(byte[] bytes) throws Unreadable {
		long total = 0;
		int entries = 0;
		boolean contentTypes = false;
		boolean relationships = false;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ZIP_ENTRIES) {
					throw bomb();
				}
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				relationships |= entry.getName().equals("_rels/.rels");
				if (entry.isDirectory()) {
					continue;
				}
				total += drain(zip, buffer, MAX_UNZIPPED - total);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw invalid("request.import.file.corrupt");
		}
		if (!contentTypes || !relationships) {
			// Not an Office Open XML package at all (POI would fail noisily on it)
			throw invalid("request.import.file.corrupt");
		}
	}

	private static long drain(InputStream in, byte[] buffer, long allowed) throws IOException, Unreadable {
		long read = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			read += n;
			if (read > allowed) {
				throw bomb();
			}
		}
		return read;
	}

	private static Unreadable bomb() {
		return invalid("request.import.file.bomb", MAX_UNZIPPED / (1024 * 1024), MAX_ZIP_ENTRIES);
	}

	private static List<Raw> rows(Sheet sheet) throws Unreadable {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		Records records = new Records();
		int width = -1;
		for (Row row : sheet) {
			int last = row.getLastCellNum();
			if (width < 0) {
				// The header row decides how many columns are read
				width = Math.max(0, Math.min(last, 1000));
			}
			List<RegisterCell> cells = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				cells.add(cell(row.getCell(i), formatter));
			}
			records.add(new Raw(row.getRowNum() + 1, cells));
		}
		return records.list;
	}

	private static RegisterCell cell(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return RegisterCell.EMPTY;
		}
		CellType type = cell.getCellType();
		return switch (type) {
			case STRING -> RegisterCell.text(cell.getStringCellValue());
			case NUMERIC -> numeric(cell, formatter);
			case BOOLEAN -> RegisterCell.text(String.valueOf(cell.getBooleanCellValue()));
			case FORMULA, ERROR -> RegisterCell.formulaCell();
			default -> RegisterCell.EMPTY;
		};
	}

	/** A real Excel date cell gives its day; any other number its displayed text. */
	private static RegisterCell numeric(Cell cell, DataFormatter formatter) {
		if (DateUtil.isCellDateFormatted(cell)) {
			try {
				LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
				return RegisterCell.date(day);
			}
			catch (RuntimeException ex) {
				// not a valid Excel date number: reported as the number it shows
			}
		}
		return RegisterCell.text(formatter.formatCellValue(cell));
	}

	/**
	 * The records read so far: the first (the header, even if blank) and every non-blank
	 * one after it, refusing more than {@link #MAX_ROWS} data rows.
	 */
	private static final class Records {

		private final List<Raw> list = new ArrayList<>();

		void add(Raw record) throws Unreadable {
			if (!this.list.isEmpty() && record.blank()) {
				return;
			}
			this.list.add(record);
			if (this.list.size() > MAX_ROWS + 1) {
				throw invalid("request.import.file.too-many-rows", MAX_ROWS);
			}
		}

	}

	private static Unreadable invalid(String key, Object... arguments) {
		return new Unreadable(RegisterImportRefused.Kind.INVALID, key, arguments);
	}

	private static Unreadable unsupported(String key) {
		return new Unreadable(RegisterImportRefused.Kind.UNSUPPORTED_TYPE, key);
	}

}
