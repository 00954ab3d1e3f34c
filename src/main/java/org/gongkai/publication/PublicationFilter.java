package org.gongkai.publication;

import java.time.LocalDate;

/**
 * What the back office's publication list narrows to. Every field may be {@code null} (no
 * filter).
 *
 * @param status only items in this state
 * @param agencyId only this agency's items (none when the user may not see it)
 * @param columnId only items of this catalogue column
 * @param text a part of the title, the document number or the index number, ignoring case
 * @param from made on or after this day
 * @param to made on or before this day
 */
public record PublicationFilter(PublicationStatus status, Long agencyId, Long columnId, String text, LocalDate from,
		LocalDate to) {

	/** No filter: every visible item. */
	public static final PublicationFilter NONE = new PublicationFilter(null, null, null, null, null, null);

}
