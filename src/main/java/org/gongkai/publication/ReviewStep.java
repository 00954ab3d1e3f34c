package org.gongkai.publication;

import java.time.Instant;

import org.gongkai.account.Role;

/**
 * One review decision on a publication.
 *
 * @param reviewer the reviewer's username
 * @param role the role the review was made in
 * @param approved whether it was approved (else returned to the clerk)
 * @param comment the reviewer's comment, or {@code null}
 * @param decidedAt when
 */
public record ReviewStep(String reviewer, Role role, boolean approved, String comment, Instant decidedAt) {

}
