package org.gongkai.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * A catalogue of major decisions with its items and adjustments; for the public only what
 * is published.
 *
 * @param publishedOn the day the catalogue was published as a whole, or {@code null}
 */
public record CatalogueView(long id, long agencyId, int year, ReviewState status, LocalDate publishedOn,
		String reviewNote, List<ItemView> items, List<AdjustmentView> adjustments) {

}
