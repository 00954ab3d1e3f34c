package org.gongkai.annualreport;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A report table as a WordprocessingML table that Word and LibreOffice draw alike: a
 * fixed grid ({@code w:tblGrid} with a width per column), one cell per spanned area with
 * {@code w:gridSpan} across columns and {@code w:vMerge} down rows, and the header rows
 * marked to repeat on every page ({@code w:tblHeader}); no row breaks across pages.
 */
final class DocxTables {

	/** The type area's width in twips: A4 (11906) less 22 mm margins on each side. */
	static final int TYPE_AREA = 9412;

	private DocxTables() {
	}

	/**
	 * The width of each grid column in twips, adding up to {@link #TYPE_AREA}: table 三
	 * has three label columns (the narrow 三 and group columns, the wide item column) and
	 * seven figures; tables 二 and 四 share the width out evenly after a wider first column
	 * for table 二.
	 */
	static int[] widths(ReportGrid grid) {
		int[] widths = new int[grid.columns()];
		if ("table3".equals(grid.id())) {
			widths[0] = 520;
			widths[1] = 1000;
			widths[2] = 2600;
			fill(widths, 3, TYPE_AREA - 4120);
		}
		else if ("table2".equals(grid.id())) {
			widths[0] = 3412;
			fill(widths, 1, TYPE_AREA - 3412);
		}
		else {
			fill(widths, 0, TYPE_AREA);
		}
		return widths;
	}

	private static void fill(int[] widths, int from, int total) {
		int n = widths.length - from;
		for (int c = from; c < widths.length; c++) {
			widths[c] = total / n + ((c - from) < total % n ? 1 : 0);
		}
	}

	/** Appends {@code grid} to the document under its caption. */
	static void append(XWPFDocument doc, ReportGrid grid) {
		XWPFParagraph caption = doc.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		caption.setKeepNext(true);
		ReportDocuments.run(caption, grid.caption(), 11, true);
		int[] widths = widths(grid);
		int rows = grid.rows().size();
		ReportGrid.Placed[][] origin = new ReportGrid.Placed[rows][grid.columns()];
		for (ReportGrid.Placed placed : grid.placed()) {
			for (int r = 0; r < placed.cell().rowspan(); r++) {
				for (int c = 0; c < placed.cell().colspan(); c++) {
					origin[placed.row() + r][placed.column() + c] = placed;
				}
			}
		}
		XWPFTable table = doc.createTable(rows, 1);
		frame(table, widths);
		for (int r = 0; r < rows; r++) {
			XWPFTableRow row = table.getRow(r);
			CTTrPr rowProperties = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
			rowProperties.addNewCantSplit();
			if (r < grid.headerRows()) {
				rowProperties.addNewTblHeader();
			}
			int cells = 0;
			for (int c = 0; c < grid.columns();) {
				ReportGrid.Placed placed = origin[r][c];
				int span = (placed != null) ? placed.cell().colspan() : 1;
				XWPFTableCell cell = (cells == 0) ? row.getCell(0) : row.addNewTableCell();
				cells++;
				CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				int width = 0;
				for (int i = c; i < c + span; i++) {
					width += widths[i];
				}
				properties.addNewTcW().setW(BigInteger.valueOf(width));
				properties.getTcW().setType(STTblWidth.DXA);
				if (span > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
				}
				properties.addNewVAlign().setVal(STVerticalJc.CENTER);
				if (placed != null && placed.cell().rowspan() > 1) {
					properties.addNewVMerge().setVal((placed.row() == r) ? STMerge.RESTART : STMerge.CONTINUE);
				}
				if (placed != null && placed.row() == r) {
					ReportGrid.Cell content = placed.cell();
					XWPFParagraph p = cell.getParagraphs().get(0);
					p.setAlignment(content.figure() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
					ReportDocuments.run(p, content.text(), 9, "col".equals(content.header()));
				}
				c += span;
			}
		}
	}

	/** Fixed layout over the type area, the grid, single black borders. */
	private static void frame(XWPFTable table, int[] widths) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		if (properties.isSetTblW()) {
			properties.unsetTblW();
		}
		properties.addNewTblW().setW(BigInteger.valueOf(TYPE_AREA));
		properties.getTblW().setType(STTblWidth.DXA);
		CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders()
				: properties.addNewTblBorders();
		for (CTBorder border : List.of(borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
				borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
				borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
				borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
				borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
				borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())) {
			border.setVal(STBorder.SINGLE);
			border.setSz(BigInteger.valueOf(4));
			border.setColor("000000");
		}
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

}
