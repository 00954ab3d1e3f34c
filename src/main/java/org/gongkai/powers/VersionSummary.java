package org.gongkai.powers;

import java.time.LocalDate;

/**
 * A published version in the list of versions.
 *
 * @param number its number (第N版)
 * @param publishedOn its publication date
 * @param powers how many powers it has
 * @param added how many it added
 * @param changed how many it changed
 * @param removed how many it removed
 */
public record VersionSummary(int number, LocalDate publishedOn, int powers, int added, int changed, int removed) {

}
