package org.gongkai.agency;

/**
 * An agency in brief, as other modules see it.
 *
 * @param id the internal identifier
 * @param creditCode the unified social credit code
 * @param name the full name
 * @param shortName the short name
 * @param level the level in the hierarchy
 * @param parentId the parent's identifier, {@code null} for a county
 * @param parentCreditCode the parent's credit code, {@code null} for a county
 */
public record AgencySummary(long id, String creditCode, String name, String shortName, AgencyLevel level, Long parentId,
		String parentCreditCode) {

}
