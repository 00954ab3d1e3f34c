package org.gongkai.services;

import java.util.List;

/**
 * A published service item whose guide misses elements, for the inspection.
 *
 * @param itemId the item
 * @param agencyId its agency
 * @param name its name
 * @param missing the Chinese names of the missing elements, in the guide's order
 */
public record IncompleteGuide(long itemId, long agencyId, String name, List<String> missing) {

}
