package org.gongkai.account;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code GONGKAI_ADMIN_PASSWORD} (here the test profile's {@code gongkai.admin.password})
 * creates the system administrator {@code admin} on first start, once.
 */
@GongkaiTest
class AdminBootstrapTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void theAdministratorFromTheEnvironmentExistsAndSignsIn() throws Exception {
		UserSummary admin = this.accounts.users()
			.stream()
			.filter((u) -> u.username().equals("admin"))
			.findFirst()
			.orElseThrow();
		assertThat(admin.grants()).containsExactly(new Grant(Role.SYSTEM_ADMIN, null));
		assertThat(admin.mustChangePassword()).isFalse();
		// the test profile's admin password is Staff.PASSWORD
		Staff.signIn(this.mvc, "admin");
	}

	@Test
	void anExistingAdministratorIsNeverOverwritten() {
		assertThat(this.accounts.ensureAdmin("Another-Pass-2026")).isFalse();
	}

	@Test
	void theFirstSecurityAdministratorIsMadeOnlyWhileNobodyHoldsTheRole() throws Exception {
		Staff.create(this.accounts, Role.SECURITY_ADMIN, null);
		new AdminBootstrap(this.accounts, new AdminProperties(null, "Sec-First-Pass-2026", null)).run(null);
		assertThat(this.accounts.exists("security")).isFalse();
	}

	@Test
	void aWeakBootstrapPasswordIsRefused() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> PasswordPolicy.check("admin", "admin12345"));
	}

}
