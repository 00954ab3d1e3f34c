package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.List;

/**
 * A correction (更正) logged on a published report.
 *
 * @param loggedOn the day it was logged (the platform's time zone)
 * @param cause the kind of change: {@code request-received}, {@code request-closed},
 * {@code register-imported}, {@code appeal-recorded}, {@code publication-changed}
 * @param reference the case, appeal, upload or item it came from
 * @param edition the published edition whose figures moved
 * @param changes the cells that moved, frozen and now
 */
public record CorrectionView(LocalDate loggedOn, String cause, String reference, int edition,
		List<CellChange> changes) {
}
