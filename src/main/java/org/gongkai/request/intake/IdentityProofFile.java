package org.gongkai.request.intake;

import java.io.InputStream;

/**
 * An identity proof opened for download by the agency's staff.
 *
 * @param proof name, type and size
 * @param content the bytes; the caller closes the stream
 */
public record IdentityProofFile(IdentityProof proof, InputStream content) {

}
