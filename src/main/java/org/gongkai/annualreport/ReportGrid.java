package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of the report in its official layout (国办公开办函〔2021〕30号): rows of cells with
 * spans, cells covered by a span left out (as in HTML). Pages, DOCX, PDF and XLSX are all
 * drawn from it.
 *
 * @param id a stable id ({@code table2}, {@code table3}, {@code table4})
 * @param caption the table's caption
 * @param columns how many grid columns
 * @param headerRows how many leading rows are column headers
 * @param rows the rows
 */
public record ReportGrid(String id, String caption, int columns, int headerRows, List<List<Cell>> rows) {

	/**
	 * A cell.
	 *
	 * @param text what it shows
	 * @param rowspan rows covered
	 * @param colspan columns covered
	 * @param header a column header ({@code col}), a row header ({@code row}), or
	 * {@code null} for a figure
	 */
	public record Cell(String text, int rowspan, int colspan, String header) {

		/** Whether it holds a figure. */
		public boolean figure() {
			return this.header == null;
		}

	}

	/** A cell placed on the grid. */
	public record Placed(int row, int column, Cell cell) {

	}

	/** Every cell with its grid position (row-major), filling around spans. */
	public List<Placed> placed() {
		boolean[][] taken = new boolean[this.rows.size()][this.columns];
		List<Placed> placed = new ArrayList<>();
		for (int r = 0; r < this.rows.size(); r++) {
			int c = 0;
			for (Cell cell : this.rows.get(r)) {
				while (c < this.columns && taken[r][c]) {
					c++;
				}
				if (c >= this.columns) {
					throw new IllegalStateException(this.id + " row " + r + " overflows");
				}
				placed.add(new Placed(r, c, cell));
				for (int i = r; i < Math.min(this.rows.size(), r + cell.rowspan()); i++) {
					for (int j = c; j < Math.min(this.columns, c + cell.colspan()); j++) {
						taken[i][j] = true;
					}
				}
				c += cell.colspan();
			}
		}
		return placed;
	}

}
