package org.gongkai.channels;

import java.time.LocalDate;

/** A published item syndicated to an account, with its title as published. */
public record SyndicationView(long publicationId, String title, LocalDate syndicatedOn) {

}
