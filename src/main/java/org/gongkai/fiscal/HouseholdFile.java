package org.gongkai.fiscal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.gongkai.fiscal.rules.Amounts;
import org.gongkai.platform.OfficePackage;
import org.gongkai.platform.Text;

/**
 * Reads a household subsidy list (惠民惠农补贴, as the 一卡通 system exports it) from an XLSX
 * workbook: the first sheet has the header 村（社区）, 姓名, 身份证号码, 补贴项目, 金额（元） in any order,
 * then one row per household. Each village's total is stated either by a row of the first
 * sheet whose name cell says 合计 or 小计 (village cell: the village), or by a sheet named 汇总
 * or 合计 with the columns 村（社区） and 金额（元）. A row whose village cell says 总计 states the
 * grand total. The type is decided by the content; a package is inflated once, counting,
 * before POI reads it.
 */
final class HouseholdFile {

	/** The largest file accepted. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most households in one file. */
	static final int MAX_ROWS = 10_000;

	private static final long MAX_UNZIPPED = 40L * 1024 * 1024;

	private static final int MAX_ZIP_ENTRIES = 500;

	enum Column {

		VILLAGE("村（社区）", "村", "村(社区)", "村名", "村（居）", "社区"), NAME("姓名", "户主姓名", "户主"),
		ID_NUMBER("身份证号码", "身份证号", "公民身份号码"), ITEM("补贴项目", "项目"), AMOUNT("金额（元）", "金额", "金额(元)", "补贴金额");

		private final List<String> headers;

		Column(String... headers) {
			this.headers = List.of(headers);
		}

		String label() {
			return this.headers.get(0);
		}

		static Column of(String header) {
			String plain = header.strip().replace(" ", "");
			for (Column column : values()) {
				if (column.headers.contains(plain)) {
					return column;
				}
			}
			return null;
		}

	}

	/** A household row as the file gives it (cells as text). */
	record Household(int row, String village, String name, String idNumber, String item, String amount) {

	}

	/** A problem with the file, as a message key and its arguments. */
	record Problem(String key, Object... arguments) {

	}

	/**
	 * What a readable file holds.
	 *
	 * @param households the households in their order
	 * @param stated each village's stated total in 元
	 * @param grandTotal the stated grand total, or {@code null}
	 * @param problems the totals that could not be read (reported with the rows'
	 * problems)
	 */
	record Contents(List<Household> households, Map<String, BigDecimal> stated, BigDecimal grandTotal,
			List<Problem> problems) {

	}

	/** The file is refused as a whole; nothing of it is used. */
	static final class Refused extends Exception {

		private final transient List<Problem> problems;

		Refused(List<Problem> problems) {
			super(problems.get(0).key());
			this.problems = List.copyOf(problems);
		}

		Refused(String key, Object... arguments) {
			this(List.of(new Problem(key, arguments)));
		}

		List<Problem> problems() {
			return this.problems;
		}

	}

	private HouseholdFile() {
	}

	static Contents read(byte[] bytes) throws Refused {
		if (bytes == null || bytes.length == 0) {
			throw new Refused("fiscal.import.missing");
		}
		if (bytes.length > MAX_BYTES) {
			throw new Refused("fiscal.import.too-large", MAX_BYTES / (1024 * 1024));
		}
		if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
			throw new Refused("fiscal.import.not-xlsx");
		}
		inflate(bytes);
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
			@SuppressWarnings("resource") // closing would write the package back;
											// reverted
			XSSFWorkbook book = new XSSFWorkbook(pkg);
			if (book.getNumberOfSheets() == 0) {
				throw new Refused("fiscal.import.no-rows");
			}
			Contents contents = households(book.getSheetAt(0));
			for (int i = 1; i < book.getNumberOfSheets(); i++) {
				String name = book.getSheetName(i).strip();
				if (name.equals("汇总") || name.equals("合计")) {
					totalsSheet(book.getSheetAt(i), contents.stated(), contents.problems());
				}
			}
			return contents;
		}
		catch (Refused ex) {
			throw ex;
		}
		catch (Exception ex) {
			// POI's refusals of a malformed package, whatever their type
			throw new Refused("fiscal.import.corrupt");
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	private static Contents households(Sheet sheet) throws Refused {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		List<Household> households = new ArrayList<>();
		Map<String, BigDecimal> stated = new LinkedHashMap<>();
		BigDecimal grandTotal = null;
		List<Problem> problems = new ArrayList<>();
		boolean header = true;
		for (Row row : sheet) {
			if (header) {
				for (Cell cell : row) {
					Column column = Column.of(text(cell, formatter));
					if (column != null) {
						positions.putIfAbsent(column, cell.getColumnIndex());
					}
				}
				for (Column column : Column.values()) {
					if (!positions.containsKey(column)) {
						problems.add(new Problem("fiscal.import.columns", column.label()));
					}
				}
				if (!problems.isEmpty()) {
					throw new Refused(problems);
				}
				header = false;
				continue;
			}
			int number = row.getRowNum() + 1;
			String village = text(row.getCell(positions.get(Column.VILLAGE)), formatter);
			String name = text(row.getCell(positions.get(Column.NAME)), formatter);
			String id = text(row.getCell(positions.get(Column.ID_NUMBER)), formatter);
			String item = text(row.getCell(positions.get(Column.ITEM)), formatter);
			String amount = text(row.getCell(positions.get(Column.AMOUNT)), formatter);
			if (village.isEmpty() && name.isEmpty() && id.isEmpty() && item.isEmpty() && amount.isEmpty()) {
				continue;
			}
			if (village.equals("总计") || name.equals("总计")) {
				grandTotal = total(number, amount, problems);
				continue;
			}
			if (name.equals("合计") || name.equals("小计")) {
				BigDecimal total = total(number, amount, problems);
				if (total != null) {
					stated.put(village, total);
				}
				continue;
			}
			if (households.size() == MAX_ROWS) {
				throw new Refused("fiscal.import.too-many-rows", MAX_ROWS);
			}
			households.add(new Household(number, village, name, id, item, amount));
		}
		if (header || households.isEmpty()) {
			throw new Refused("fiscal.import.no-rows");
		}
		return new Contents(households, stated, grandTotal, problems);
	}

	private static void totalsSheet(Sheet sheet, Map<String, BigDecimal> stated, List<Problem> problems) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		Integer village = null;
		Integer amount = null;
		for (Row row : sheet) {
			if (village == null || amount == null) {
				for (Cell cell : row) {
					Column column = Column.of(text(cell, formatter));
					if (column == Column.VILLAGE) {
						village = cell.getColumnIndex();
					}
					else if (column == Column.AMOUNT) {
						amount = cell.getColumnIndex();
					}
				}
				continue;
			}
			String name = text(row.getCell(village), formatter);
			if (name.isEmpty() || name.equals("总计") || name.equals("合计")) {
				continue;
			}
			BigDecimal total = total(row.getRowNum() + 1, text(row.getCell(amount), formatter), problems);
			if (total != null) {
				stated.put(name, total);
			}
		}
	}

	private static BigDecimal total(int row, String text, List<Problem> problems) {
		BigDecimal total = Amounts.parse(text);
		if (total == null) {
			problems.add(new Problem("fiscal.import.row.total", row, shown(text)));
		}
		return total;
	}

	/**
	 * A cell's text as shown (numbers as Excel formats them), cleaned; formulas refused.
	 */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.FORMULA) {
			// A formula's cached value may be stale: the list must carry its figures
			return "=";
		}
		return Text.clean(formatter.formatCellValue(cell));
	}

	/** A value for a message: at most 20 characters. */
	static String shown(String text) {
		return (text.length() > 20) ? text.substring(0, 20) + "…" : text;
	}

	/**
	 * Inflates every part once, counting, before POI builds anything
	 * ({@link OfficePackage}): a package that inflates beyond its budget, has too many
	 * parts or lacks the parts every Office Open XML package has is refused.
	 */
	private static void inflate(byte[] bytes) throws Refused {
		switch (OfficePackage.inflate(bytes, MAX_UNZIPPED, MAX_ZIP_ENTRIES)) {
			case TOO_LARGE -> throw new Refused("fiscal.import.too-large", MAX_BYTES / (1024 * 1024));
			case CORRUPT -> throw new Refused("fiscal.import.corrupt");
			case FITS -> {
			}
		}
	}

}
