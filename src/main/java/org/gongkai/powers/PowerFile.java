package org.gongkai.powers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.OfficePackage;
import org.gongkai.platform.Text;

/**
 * Reads a power list from an XLSX workbook (the template the admin page offers, or a
 * downloaded list): the first sheet's header row (one of its first five, below a title if
 * any) names the columns ({@link Column}, in any order; the optional ones may be left
 * out), then one power a row; empty rows are skipped. The type is decided by the content;
 * a package is inflated once, counting, before POI reads it, so a zip bomb is refused
 * without being expanded.
 */
final class PowerFile {

	/** The largest file accepted. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most powers in one file (and in one list). */
	static final int MAX_ROWS = 500;

	/** The header is one of the first rows (a title may stand above it). */
	static final int HEADER_ROWS = 5;

	private static final long MAX_UNZIPPED = 40L * 1024 * 1024;

	private static final int MAX_ZIP_ENTRIES = 500;

	/** The columns, each with the headers that name it (the first is the template's). */
	enum Column {

		TYPE(true, "事项类型", "权力类型", "类型", "权力类别"), CODE(false, "事项编码", "编码", "权力编码"),
		NAME(true, "事项名称", "权力名称", "名称", "权力事项"), LEGAL_BASIS(true, "设定依据", "依据", "法律依据"),
		UNIT(true, "实施主体", "承办机构", "实施主体（承办机构）", "责任主体"), PROCESS(false, "办理流程", "流程", "运行流程"),
		DUTIES(true, "责任事项", "责任"), ACCOUNTABILITY(true, "追责情形", "追责"), SUPERVISION(false, "监督方式", "监督"),
		PHONE(true, "监督电话", "电话");

		private final boolean required;

		private final List<String> headers;

		Column(boolean required, String... headers) {
			this.required = required;
			this.headers = List.of(headers);
		}

		String label() {
			return this.headers.get(0);
		}

		static Column of(String header) {
			String plain = header.strip().replace(" ", "").replace('(', '（').replace(')', '）');
			for (Column column : values()) {
				if (column.headers.contains(plain)) {
					return column;
				}
			}
			return null;
		}

	}

	/**
	 * A row as the file gives it.
	 *
	 * @param row its number as Excel shows it
	 * @param input its cells as a power's input
	 * @param formula whether a cell holds a formula (whose cached value may be stale)
	 */
	record Line(int row, PowerInput input, boolean formula) {

	}

	/** The file is refused as a whole. */
	static final class Refused extends Exception {

		private final String key;

		private final transient Object[] arguments;

		Refused(String key, Object... arguments) {
			super(key);
			this.key = key;
			this.arguments = arguments;
		}

		String key() {
			return this.key;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

	private PowerFile() {
	}

	static List<Line> read(byte[] bytes) throws Refused {
		if (bytes == null || bytes.length == 0) {
			throw new Refused("powers.import.missing");
		}
		if (bytes.length > MAX_BYTES) {
			throw new Refused("powers.import.too-large", MAX_BYTES / (1024 * 1024));
		}
		if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
			throw new Refused("powers.import.not-xlsx");
		}
		inflate(bytes);
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
			@SuppressWarnings("resource") // closing would write the package back;
											// reverted
			XSSFWorkbook book = new XSSFWorkbook(pkg);
			if (book.getNumberOfSheets() == 0) {
				throw new Refused("powers.import.no-rows");
			}
			return lines(book.getSheetAt(0));
		}
		catch (Refused ex) {
			throw ex;
		}
		catch (Exception ex) {
			// POI's refusals of a malformed package, whatever their type
			throw new Refused("powers.import.corrupt");
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	private static List<Line> lines(Sheet sheet) throws Refused {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		List<Line> lines = new ArrayList<>();
		boolean header = true;
		for (Row row : sheet) {
			if (header) {
				positions.clear();
				for (Cell cell : row) {
					Column column = Column.of(text(cell, formatter));
					if (column != null) {
						positions.putIfAbsent(column, cell.getColumnIndex());
					}
				}
				if (!positions.containsKey(Column.NAME) && row.getRowNum() < HEADER_ROWS - 1) {
					// a title above the header, as the downloaded list has
					continue;
				}
				for (Column column : Column.values()) {
					if (column.required && !positions.containsKey(column)) {
						throw new Refused("powers.import.columns", column.label());
					}
				}
				header = false;
				continue;
			}
			Map<Column, String> cells = new EnumMap<>(Column.class);
			boolean formula = false;
			boolean empty = true;
			for (Map.Entry<Column, Integer> position : positions.entrySet()) {
				Cell cell = row.getCell(position.getValue());
				formula |= cell != null && cell.getCellType() == CellType.FORMULA;
				String text = text(cell, formatter);
				empty &= text.isEmpty();
				cells.put(position.getKey(), text);
			}
			if (empty) {
				continue;
			}
			if (lines.size() == MAX_ROWS) {
				throw new Refused("powers.import.too-many-rows", MAX_ROWS);
			}
			lines.add(new Line(row.getRowNum() + 1,
					new PowerInput(type(cells.get(Column.TYPE)), cells.getOrDefault(Column.CODE, ""),
							cells.get(Column.NAME), cells.get(Column.LEGAL_BASIS), cells.get(Column.UNIT),
							cells.getOrDefault(Column.PROCESS, ""), cells.get(Column.DUTIES),
							cells.get(Column.ACCOUNTABILITY), cells.getOrDefault(Column.SUPERVISION, ""),
							cells.get(Column.PHONE)),
					formula));
		}
		if (header) {
			throw new Refused("powers.import.columns", Column.NAME.label());
		}
		if (lines.isEmpty()) {
			throw new Refused("powers.import.no-rows");
		}
		return lines;
	}

	/** The type's constant when the cell names one, else the cell as written. */
	private static String type(String cell) {
		PowerType type = PowerType.of(cell);
		return (type != null) ? type.name() : cell;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.FORMULA) {
			return "=";
		}
		return Text.clean(formatter.formatCellValue(cell)).strip();
	}

	/**
	 * Inflates every part once, counting, before POI builds anything
	 * ({@link OfficePackage}): a package that inflates beyond its budget, has too many
	 * parts or lacks the parts every Office Open XML package has is refused.
	 */
	private static void inflate(byte[] bytes) throws Refused {
		switch (OfficePackage.inflate(bytes, MAX_UNZIPPED, MAX_ZIP_ENTRIES)) {
			case TOO_LARGE -> throw new Refused("powers.import.too-large", MAX_BYTES / (1024 * 1024));
			case CORRUPT -> throw new Refused("powers.import.corrupt");
			case FITS -> {
			}
		}
	}

}
