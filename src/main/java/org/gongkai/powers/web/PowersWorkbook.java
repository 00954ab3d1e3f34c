package org.gongkai.powers.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.PowerView;
import org.gongkai.powers.VersionView;

import org.springframework.context.MessageSource;

/**
 * A power list as an XLSX workbook: the published version for download (a title row, then
 * the header and one row a power, with 序号 and the type in Chinese), and the empty
 * template the import reads (the same columns without 序号, and a sheet explaining them).
 * The columns are those the import recognises, so a downloaded list can be imported back.
 */
final class PowersWorkbook {

	static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The columns' message keys (labels: the import's headers), in order. */
	static final List<String> COLUMNS = List.of("type", "code", "name", "legalBasis", "unit", "process", "duties",
			"accountability", "supervision", "phone");

	private static final int[] WIDTHS = { 10, 14, 20, 24, 14, 24, 26, 26, 18, 14 };

	private PowersWorkbook() {
	}

	static byte[] list(VersionView version, String agencyName, MessageSource messages) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet(m(messages, "powers.title"));
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			Row title = sheet.createRow(0);
			title.createCell(0)
				.setCellValue(messages.getMessage("powers.xlsx.title",
						new Object[] { agencyName, version.number(), version.publishedOn().toString() },
						Locale.SIMPLIFIED_CHINESE));
			title.getCell(0).setCellStyle(bold);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size()));
			Row head = sheet.createRow(1);
			head.createCell(0).setCellValue(m(messages, "powers.xlsx.number"));
			head.getCell(0).setCellStyle(bold);
			for (int c = 0; c < COLUMNS.size(); c++) {
				head.createCell(c + 1).setCellValue(m(messages, "powers.field." + COLUMNS.get(c)));
				head.getCell(c + 1).setCellStyle(bold);
			}
			int r = 2;
			for (PowerType type : version.types()) {
				for (PowerView power : version.ofType(type)) {
					Row row = sheet.createRow(r);
					row.createCell(0).setCellValue(r - 1);
					row.getCell(0).setCellStyle(wrap);
					List<String> values = values(power, messages);
					int lines = 1;
					for (int c = 0; c < values.size(); c++) {
						row.createCell(c + 1).setCellValue(values.get(c));
						row.getCell(c + 1).setCellStyle(wrap);
						lines = Math.max(lines, lines(values.get(c), WIDTHS[c]));
					}
					// spreadsheets do not grow a row for wrapped text they did not lay
					// out
					row.setHeightInPoints(lines * 12.5f + 4f);
					r++;
				}
			}
			sheet.setColumnWidth(0, 5 * 256);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c + 1, WIDTHS[c] * 256);
			}
			sheet.createFreezePane(0, 2);
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, COLUMNS.size()));
			sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
			sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			book.write(out);
			return out.toByteArray();
		}
	}

	static byte[] template(MessageSource messages) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet(m(messages, "powers.title"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				head.createCell(c).setCellValue(m(messages, "powers.field." + COLUMNS.get(c)));
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			XSSFSheet help = book.createSheet(m(messages, "powers.template.help-sheet"));
			int r = 0;
			for (String line : m(messages, "powers.template.help").split("\\|")) {
				help.createRow(r++).createCell(0).setCellValue(line.strip());
			}
			for (PowerType type : PowerType.values()) {
				help.createRow(r++).createCell(0).setCellValue(m(messages, "powers.type." + type.name()));
			}
			help.setColumnWidth(0, 100 * 256);
			book.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * How many lines a text takes in a column this many characters wide (a Chinese
	 * character takes two).
	 */
	static int lines(String text, int width) {
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			int units = 0;
			for (int i = 0; i < line.length(); i++) {
				units += (line.charAt(i) < 0x2E80) ? 1 : 2;
			}
			lines += Math.max(1, (units + width - 2) / (width - 1));
		}
		return lines;
	}

	private static List<String> values(PowerView p, MessageSource messages) {
		return List.of(m(messages, "powers.type." + p.type().name()), p.code(), p.name(), p.legalBasis(), p.unit(),
				p.process(), p.duties(), p.accountability(), p.supervision(), p.phone());
	}

	private static String m(MessageSource messages, String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
