package org.gongkai.account;

import java.time.Instant;

/**
 * A new API token: shown once, stored only as a hash.
 */
public record IssuedToken(String token, Instant expiresAt) {

}
