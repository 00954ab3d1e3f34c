package org.gongkai.channels;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of a board's posting log.
 *
 * @param publicationId the published item posted, or {@code null}
 * @param takenDownOn the day it was taken down, or {@code null} while it is up
 */
public record PostingView(long id, long placeId, String title, Long publicationId, LocalDate postedOn,
		LocalDate takenDownOn, String recordedBy, List<PhotoView> photos) {

	public PostingView {
		photos = List.copyOf(photos);
	}

}
