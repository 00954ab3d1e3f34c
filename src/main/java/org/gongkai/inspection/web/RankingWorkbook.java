package org.gongkai.inspection.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.inspection.AgencyStanding;
import org.gongkai.platform.web.Downloads;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;

/**
 * The county's ranking as an XLSX sheet: rank, agency, credit code, vetoes, findings,
 * open and overdue tasks. Every cell is a plain string or number, never a formula.
 */
final class RankingWorkbook {

	private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private RankingWorkbook() {
	}

	static void write(List<AgencyStanding> standings, MessageSource messages, HttpServletResponse response)
			throws IOException {
		byte[] bytes = bytes(standings, messages);
		response.setContentType(TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				Downloads.attachment(text(messages, "inspection.export.file") + ".xlsx", "inspection-ranking.xlsx"));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	static byte[] bytes(List<AgencyStanding> standings, MessageSource messages) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text(messages, "inspection.export.sheet"));
			String[] headings = { "#", text(messages, "inspection.index.agency"),
					text(messages, "inspection.index.credit-code"), text(messages, "inspection.index.vetoes"),
					text(messages, "inspection.index.findings"), text(messages, "inspection.index.open-tasks"),
					text(messages, "inspection.index.overdue-tasks") };
			Row head = sheet.createRow(0);
			for (int i = 0; i < headings.length; i++) {
				head.createCell(i).setCellValue(headings[i]);
			}
			int r = 1;
			for (AgencyStanding s : standings) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(s.agency().name());
				row.createCell(2).setCellValue(s.agency().creditCode());
				row.createCell(3).setCellValue(s.vetoes());
				row.createCell(4).setCellValue(s.findings());
				row.createCell(5).setCellValue(s.openTasks());
				row.createCell(6).setCellValue(s.overdueTasks());
				r++;
			}
			sheet.setColumnWidth(1, 40 * 256);
			sheet.setColumnWidth(2, 22 * 256);
			book.write(out);
			return out.toByteArray();
		}
	}

	private static String text(MessageSource messages, String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
