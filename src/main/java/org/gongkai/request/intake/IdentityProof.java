package org.gongkai.request.intake;

/**
 * The identity proof an applicant uploaded (Regulations art. 29: 身份证明), as the case page
 * lists it for the agency's staff.
 *
 * @param fileName the sanitised original name
 * @param mediaType the type detected from the content
 * @param size bytes
 */
public record IdentityProof(String fileName, String mediaType, long size) {

}
