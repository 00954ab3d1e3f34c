package org.gongkai.request.letters;

import java.time.LocalDate;

/**
 * A letter released to the applicant, as tracking shows it: no case data beyond its title
 * and number.
 *
 * @param href the API path of the PDF; the query code must be added as {@code ?code=}
 */
public record ReleasedLetter(long id, LetterKind kind, String documentNo, LocalDate issuedOn, String href) {

}
