package org.gongkai.account;

import java.io.Serializable;

/**
 * A role held for an agency ({@code agencyId} is {@code null} for administrator roles).
 */
public record Grant(Role role, Long agencyId) implements Serializable {

}
