package org.gongkai.annualreport;

/**
 * One figure of a published table that the records no longer give.
 *
 * @param table 2, 3 or 4
 * @param row the row key (as in the API)
 * @param column the column index
 * @param frozen the published figure
 * @param now the figure the records give now
 */
public record CellChange(int table, String row, int column, String frozen, String now) {
}
