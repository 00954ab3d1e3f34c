package org.gongkai.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrators ({@code gongkai.admin.*}), created at first start only.
 * {@code GONGKAI_ADMIN_PASSWORD} in the environment sets {@code password},
 * {@code GONGKAI_ADMIN_SECURITYPASSWORD} {@code securityPassword} and
 * {@code GONGKAI_ADMIN_AUDITPASSWORD} {@code auditPassword}.
 *
 * @param password the password of {@code admin}, the system administrator, created on
 * start if no such account exists
 * @param securityPassword the initial password of {@code security}, the security
 * administrator, created on start if nobody holds that role yet; its holder sets their
 * own at first sign-in
 * @param auditPassword the same for {@code auditor}, the audit administrator
 */
@ConfigurationProperties("gongkai.admin")
public record AdminProperties(String password, String securityPassword, String auditPassword) {

}
