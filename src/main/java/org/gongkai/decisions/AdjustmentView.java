package org.gongkai.decisions;

import java.time.LocalDate;

/**
 * An adjustment of a published catalogue.
 *
 * @param plannedTime the new planned time, or {@code null} if unchanged
 * @param unit the new undertaking unit, or {@code null} if unchanged
 */
public record AdjustmentView(long id, long itemId, String itemTitle, AdjustmentKind kind, String reason,
		String plannedTime, String unit, ReviewState status, LocalDate proposedOn, LocalDate publishedOn,
		String reviewNote) {

}
