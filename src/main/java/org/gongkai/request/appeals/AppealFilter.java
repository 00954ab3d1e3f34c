package org.gongkai.request.appeals;

import java.time.LocalDate;

import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;

/**
 * What the back office's appeal list is narrowed to; a {@code null} or blank part is no
 * filter.
 *
 * @param kind reconsideration or lawsuit
 * @param result the recorded result ({@link AppealResult#PENDING} for the open ones)
 * @param agencyId one of the agencies the user may see
 * @param text part of the case's tracking number or of the body or court
 * @param from the earliest filing day
 * @param to the latest filing day
 */
public record AppealFilter(AppealKind kind, AppealResult result, Long agencyId, String text, LocalDate from,
		LocalDate to) {

}
