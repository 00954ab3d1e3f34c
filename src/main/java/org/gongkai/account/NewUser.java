package org.gongkai.account;

import java.util.List;

/**
 * An account to create: login name, name shown, initial password (to be changed at first
 * sign-in) and roles.
 */
public record NewUser(String username, String displayName, String password, List<Grant> grants) {

}
