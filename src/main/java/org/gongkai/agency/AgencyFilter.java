package org.gongkai.agency;

/**
 * What the administrators' agency list is narrowed to; a {@code null} or blank part is no
 * filter.
 *
 * @param level the agency's level
 * @param parentId the agency it sits directly under
 * @param text part of the full or short name or of the credit code
 */
public record AgencyFilter(AgencyLevel level, Long parentId, String text) {

}
