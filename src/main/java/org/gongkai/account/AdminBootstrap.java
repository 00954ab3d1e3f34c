package org.gongkai.account;

import java.util.List;

import org.gongkai.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first start (三员分立's only exception to confirmed appointments): creates
 * {@code admin} from {@code GONGKAI_ADMIN_PASSWORD} if no such account exists, and the
 * first security and audit administrators ({@code security}, {@code auditor}) from
 * {@code GONGKAI_ADMIN_SECURITYPASSWORD} and {@code GONGKAI_ADMIN_AUDITPASSWORD} if
 * nobody holds those roles yet. There is no default password: without a variable no
 * account is created.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountManagement accounts;

	private final AdminProperties properties;

	AdminBootstrap(AccountManagement accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = this.properties.password();
		if (password != null && !password.isEmpty()) {
			try {
				if (this.accounts.ensureAdmin(password)) {
					log.info("Created the system administrator 'admin' from GONGKAI_ADMIN_PASSWORD");
				}
			}
			catch (RuleViolationException ex) {
				log.error("GONGKAI_ADMIN_PASSWORD does not meet the password policy ({}); 'admin' was not created. "
						+ "Use at least 10 characters with three of: upper case, lower case, digits, symbols, "
						+ "and not a common password.", ex.getMessage());
			}
		}
		first("security", "安全管理员", Role.SECURITY_ADMIN, this.properties.securityPassword(),
				"GONGKAI_ADMIN_SECURITYPASSWORD");
		first("auditor", "审计管理员", Role.AUDIT_ADMIN, this.properties.auditPassword(), "GONGKAI_ADMIN_AUDITPASSWORD");
	}

	/**
	 * Creates the first holder of an administrator role, if nobody holds it yet; its
	 * holder must set their own password at first sign-in.
	 */
	private void first(String username, String displayName, Role role, String password, String variable) {
		if (password == null || password.isEmpty() || this.accounts.anyoneHolds(role)) {
			return;
		}
		try {
			this.accounts
				.bootstrapAdministrator(new NewUser(username, displayName, password, List.of(new Grant(role, null))));
			log.info("Created the first {} '{}' from {}; its holder sets their own password at first sign-in", role,
					username, variable);
		}
		catch (RuleViolationException ex) {
			log.error("{} was not used: {} ({})", variable, ex.getMessage(), ex.messageKey());
		}
	}

}
