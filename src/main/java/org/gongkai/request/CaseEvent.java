package org.gongkai.request;

import java.time.LocalDate;

/**
 * One line of a case's event log.
 *
 * @param kind what happened, read in words by the case page ({@code request.log.<kind>})
 * @param on the legal date it happened (the platform's time zone)
 * @param actor the staff member's login name
 * @param detail free text (a reason, a note, a table-三 row), or {@code null}
 */
public record CaseEvent(String kind, LocalDate on, String actor, String detail) {

}
