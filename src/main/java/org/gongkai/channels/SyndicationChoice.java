package org.gongkai.channels;

import java.time.LocalDate;

/**
 * A recent published item of the agency on the syndication page, and whether it was
 * syndicated to the account already.
 */
public record SyndicationChoice(long publicationId, String title, LocalDate publishedOn, boolean syndicated) {

}
