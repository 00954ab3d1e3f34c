package org.gongkai.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator ({@code gongkai.admin.*}); {@code GONGKAI_ADMIN_PASSWORD} in
 * the environment sets {@code password}.
 *
 * @param password the password of {@code admin}, created on start if no such account
 * exists
 */
@ConfigurationProperties("gongkai.admin")
public record AdminProperties(String password) {

}
