package org.gongkai.fiscal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Household subsidy lists for the tests, built as the 一卡通 export looks: a header, one row
 * per household, a 合计 row after each village (or a 汇总 sheet).
 */
final class Households {

	static final String[] HEADER = { "村（社区）", "姓名", "身份证号码", "补贴项目", "金额（元）" };

	private final List<Object[]> rows = new ArrayList<>();

	private String[] header = HEADER;

	private final Map<String, String> statedTotals = new LinkedHashMap<>();

	private boolean totalsSheet;

	private String grandTotal;

	static Households list() {
		return new Households();
	}

	Households header(String... header) {
		this.header = header;
		return this;
	}

	Households add(String village, String name, String id, String item, Object amount) {
		this.rows.add(new Object[] { village, name, id, item, amount });
		return this;
	}

	/** States a village's total other than the rows' sum. */
	Households total(String village, String total) {
		this.statedTotals.put(village, total);
		return this;
	}

	Households totalsOnASheet() {
		this.totalsSheet = true;
		return this;
	}

	Households grandTotal(String total) {
		this.grandTotal = total;
		return this;
	}

	/**
	 * A valid ID number: area, a birth date in the 1960s, a sequence and its check
	 * character.
	 */
	static String id(int n) {
		String first17 = "451227" + String.format("196%d%02d%02d", n % 10, 1 + n % 12, 1 + n % 28)
				+ String.format("%03d", n % 1000);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	byte[] xlsx() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("名册");
			Row head = sheet.createRow(0);
			for (int i = 0; i < this.header.length; i++) {
				head.createCell(i).setCellValue(this.header[i]);
			}
			Map<String, BigDecimal> sums = new LinkedHashMap<>();
			int r = 1;
			List<String> villages = this.rows.stream().map((row) -> (String) row[0]).distinct().toList();
			for (String village : villages) {
				for (Object[] row : this.rows) {
					if (!row[0].equals(village)) {
						continue;
					}
					Row line = sheet.createRow(r++);
					for (int i = 0; i < row.length; i++) {
						if (row[i] instanceof Number number) {
							line.createCell(i).setCellValue(number.doubleValue());
						}
						else {
							line.createCell(i).setCellValue(String.valueOf(row[i]));
						}
					}
					try {
						sums.merge(village, new BigDecimal(String.valueOf(row[4])), BigDecimal::add);
					}
					catch (NumberFormatException ex) {
						// a hostile amount: no sum
					}
				}
				if (!this.totalsSheet) {
					Row total = sheet.createRow(r++);
					total.createCell(0).setCellValue(village);
					total.createCell(1).setCellValue("合计");
					total.createCell(4)
						.setCellValue(this.statedTotals.getOrDefault(village,
								sums.getOrDefault(village, BigDecimal.ZERO).toPlainString()));
				}
			}
			if (this.grandTotal != null) {
				Row total = sheet.createRow(r);
				total.createCell(0).setCellValue("总计");
				total.createCell(4).setCellValue(this.grandTotal);
			}
			if (this.totalsSheet) {
				Sheet totals = book.createSheet("汇总");
				Row h = totals.createRow(0);
				h.createCell(0).setCellValue("村（社区）");
				h.createCell(1).setCellValue("金额（元）");
				int t = 1;
				for (String village : villages) {
					Row line = totals.createRow(t++);
					line.createCell(0).setCellValue(village);
					line.createCell(1)
						.setCellValue(this.statedTotals.getOrDefault(village,
								sums.getOrDefault(village, BigDecimal.ZERO).toPlainString()));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
