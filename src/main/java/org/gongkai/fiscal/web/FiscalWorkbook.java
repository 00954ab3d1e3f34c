package org.gongkai.fiscal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.fiscal.BudgetView;
import org.gongkai.fiscal.ThreePublicCosts;

import org.springframework.context.MessageSource;

/**
 * The tables of a published budget disclosure as an XLSX workbook: the 收支总表 on one sheet,
 * the 三公经费 (with the previous year and the change) on another; amounts in 万元 as numbers
 * with two decimals.
 */
final class FiscalWorkbook {

	static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private FiscalWorkbook() {
	}

	static byte[] write(BudgetView budget, String agencyName, MessageSource messages) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			String title = messages.getMessage("fiscal.budget.heading",
					new Object[] { agencyName, budget.year(), m(messages, "fiscal.kind." + budget.kind()) },
					Locale.SIMPLIFIED_CHINESE);
			XSSFSheet summary = book.createSheet(m(messages, "fiscal.budget.summary-table"));
			summary.createRow(0).createCell(0).setCellValue(title + " " + m(messages, "fiscal.budget.summary-table"));
			Row head = summary.createRow(1);
			head.createCell(0).setCellValue(m(messages, "fiscal.budget.section"));
			head.createCell(1).setCellValue(m(messages, "fiscal.budget.item"));
			head.createCell(2).setCellValue(m(messages, "fiscal.budget.amount"));
			int r = 2;
			for (BudgetView.Section section : BudgetView.Section.values()) {
				for (BudgetView.Row row : budget.rowsOf(section)) {
					Row line = summary.createRow(r++);
					line.createCell(0).setCellValue(m(messages, "fiscal.section." + section));
					line.createCell(1).setCellValue(row.item());
					amount(line, 2, row.amount(), money);
				}
				Row total = summary.createRow(r++);
				total.createCell(0).setCellValue(m(messages, "fiscal.section." + section));
				total.createCell(1).setCellValue(m(messages, "fiscal.section." + section + ".total"));
				amount(total, 2,
						(section == BudgetView.Section.INCOME) ? budget.incomeTotal() : budget.expenditureTotal(),
						money);
			}
			summary.setColumnWidth(0, 12 * 256);
			summary.setColumnWidth(1, 36 * 256);
			summary.setColumnWidth(2, 16 * 256);
			ThreePublicCosts costs = budget.costs();
			if (costs != null) {
				XSSFSheet sheet = book.createSheet(m(messages, "fiscal.costs.title"));
				sheet.createRow(0).createCell(0).setCellValue(title + " " + m(messages, "fiscal.costs.title"));
				Row h = sheet.createRow(1);
				h.createCell(0).setCellValue(m(messages, "fiscal.costs.item"));
				h.createCell(1).setCellValue(m(messages, "fiscal.costs.previous"));
				h.createCell(2).setCellValue(m(messages, "fiscal.costs.current"));
				h.createCell(3).setCellValue(m(messages, "fiscal.costs.change"));
				Object[][] lines = { { "fiscal.costs.total", costs.totalPrevious(), costs.totalCurrent() },
						{ "fiscal.costs.travel", costs.travelPrevious(), costs.travelCurrent() },
						{ "fiscal.costs.car", costs.carPrevious(), costs.carCurrent() },
						{ "fiscal.costs.car-purchase", costs.carPurchasePrevious(), costs.carPurchaseCurrent() },
						{ "fiscal.costs.car-running", costs.carRunningPrevious(), costs.carRunningCurrent() },
						{ "fiscal.costs.reception", costs.receptionPrevious(), costs.receptionCurrent() } };
				int i = 2;
				for (Object[] line : lines) {
					Row row = sheet.createRow(i++);
					row.createCell(0).setCellValue(m(messages, (String) line[0]));
					amount(row, 1, (BigDecimal) line[1], money);
					amount(row, 2, (BigDecimal) line[2], money);
					amount(row, 3, ((BigDecimal) line[2]).subtract((BigDecimal) line[1]), money);
				}
				sheet.createRow(i + 1).createCell(0).setCellValue(m(messages, "fiscal.costs.explanation"));
				// the explanation below the table, across its four columns, wrapped
				Row explanation = sheet.createRow(i + 2);
				CellStyle wrap = book.createCellStyle();
				wrap.setWrapText(true);
				wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
				var text = explanation.createCell(0);
				text.setCellValue(costs.explanation());
				text.setCellStyle(wrap);
				sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(i + 2, i + 2, 0, 3));
				explanation.setHeightInPoints(Math.max(1, costs.explanation().length() / 40 + 1) * 15f);
				sheet.setColumnWidth(0, 30 * 256);
				for (int c = 1; c <= 3; c++) {
					sheet.setColumnWidth(c, 16 * 256);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void amount(Row row, int column, BigDecimal amount, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(amount.doubleValue());
		cell.setCellStyle(style);
	}

	private static String m(MessageSource messages, String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
