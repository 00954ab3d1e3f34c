package org.gongkai.channels;

import java.time.YearMonth;
import java.util.List;

/**
 * A board and whether it keeps its cadence: updated in the current period, and the
 * earlier periods of the last year (since the board or its first posting) without a
 * posting.
 *
 * @param current the first month of the current period
 * @param updated whether something was posted in the current period
 * @param missing the earlier periods without a posting, each by its first month, oldest
 * first
 */
public record BoardStatus(PlaceView board, YearMonth current, boolean updated, List<YearMonth> missing, long postings) {

	public BoardStatus {
		missing = List.copyOf(missing);
	}

}
