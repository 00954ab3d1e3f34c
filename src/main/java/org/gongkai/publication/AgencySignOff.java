package org.gongkai.publication;

/**
 * Whether an agency's publications need its leader's sign-off before they go public.
 *
 * @param agencyId the agency
 * @param agencyName its full name
 * @param required whether confidentiality approval passes an item to the leader
 */
public record AgencySignOff(long agencyId, String agencyName, boolean required) {

}
