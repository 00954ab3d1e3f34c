package org.gongkai.account;

import org.gongkai.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates {@code admin} from {@code GONGKAI_ADMIN_PASSWORD} on start if no such account
 * exists. There is no default password: without the variable no account is created.
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
		if (password == null || password.isEmpty()) {
			return;
		}
		try {
			if (this.accounts.ensureAdmin(password)) {
				log.info("Created the system administrator 'admin' from GONGKAI_ADMIN_PASSWORD");
			}
		}
		catch (RuleViolationException ex) {
			log.error(
					"GONGKAI_ADMIN_PASSWORD does not meet the password policy ({}); 'admin' was not created. "
							+ "Use at least 10 characters with three of: upper case, lower case, digits, symbols.",
					ex.getMessage());
		}
	}

}
