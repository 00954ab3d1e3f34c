package org.gongkai.agency;

/**
 * Published when an agency was registered (after its transaction commits, listeners see
 * it stored).
 */
public record AgencyRegistered(long agencyId, String creditCode, AgencyLevel level) {

}
