package org.gongkai.powers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Power lists as XLSX files for the import tests, built with POI as Excel would. */
public final class PowerSheets {

	public static final String[] HEADER = { "事项类型", "事项编码", "事项名称", "设定依据", "实施主体", "办理流程", "责任事项", "追责情形", "监督方式",
			"监督电话" };

	private String[] header = HEADER;

	private final List<String[]> rows = new ArrayList<>();

	private String formulaRow;

	public static PowerSheets list() {
		return new PowerSheets();
	}

	public PowerSheets header(String... header) {
		this.header = header;
		return this;
	}

	/** A complete row of this type, code and name. */
	public PowerSheets power(String type, String code, String name) {
		return row(type, code, name, "《中华人民共和国城乡规划法》第四十一条", "某镇人民政府", "申请→审查→决定", "受理、审查、决定责任", "不依法履行职责的", "镇纪委监督",
				"0778-6210315");
	}

	public PowerSheets row(String... cells) {
		this.rows.add(cells);
		return this;
	}

	/** A row whose phone cell holds a formula. */
	public PowerSheets formula(String name) {
		this.formulaRow = name;
		return this;
	}

	public byte[] xlsx() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("清单");
			Row head = sheet.createRow(0);
			for (int i = 0; i < this.header.length; i++) {
				head.createCell(i).setCellValue(this.header[i]);
			}
			int r = 1;
			for (String[] cells : this.rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < cells.length; i++) {
					if (cells[i] != null) {
						row.createCell(i).setCellValue(cells[i]);
					}
				}
			}
			if (this.formulaRow != null) {
				Row row = sheet.createRow(r);
				String[] cells = { "行政许可", "", this.formulaRow, "依据", "主体", "", "责任", "追责", "", "" };
				for (int i = 0; i < cells.length - 1; i++) {
					row.createCell(i).setCellValue(cells[i]);
				}
				row.createCell(9).setCellFormula("12345+1");
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/** A zip that inflates far beyond the import's budget (zeros compress well). */
	public static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
