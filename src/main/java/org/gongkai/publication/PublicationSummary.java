package org.gongkai.publication;

import java.time.LocalDate;

/**
 * A publication in a list.
 *
 * @param id the publication id
 * @param agencyId the agency publishing it
 * @param title the title
 * @param status where it is in the workflow
 * @param indexNumber the index number once published, else {@code null}
 * @param madeOn the date it was made
 * @param publishedOn the date it was first published (the platform's time zone), or
 * {@code null}
 * @param documentNumber the document number (文号), or {@code null}
 * @param genre the kind of document, or {@code null} while undecided
 * @param validity whether it is in force, or {@code null} while undecided
 */
public record PublicationSummary(long id, long agencyId, String title, PublicationStatus status, String indexNumber,
		LocalDate madeOn, LocalDate publishedOn, String documentNumber, Genre genre, Validity validity) {

}
