package org.gongkai.request.letters;

import java.time.LocalDate;

/**
 * An issued letter as the case page lists it.
 *
 * @param delivery how it was delivered, or {@code null} while not recorded
 * @param deliveredOn the day it was delivered, or {@code null}
 * @param released whether the applicant may download it with the tracking number and
 * query code
 */
public record LetterView(long id, LetterKind kind, String documentNo, LocalDate issuedOn, String issuedBy,
		LetterDelivery delivery, LocalDate deliveredOn, boolean released) {

}
