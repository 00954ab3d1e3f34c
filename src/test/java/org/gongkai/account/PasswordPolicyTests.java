package org.gongkai.account;

import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordPolicyTests {

	@Test
	void acceptsALongPasswordWithThreeClasses() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("clerk", "Qingxi2026-gk"));
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("clerk", "qingxi-2026-gongkai"));
	}

	@ParameterizedTest
	@CsvSource({ "clerk, Short1!, account.password.length", "clerk, alllowercaseletters, account.password.classes",
			"clerk, ALLUPPER123456, account.password.classes", "lijun, Lijun-2026-abc, account.password.username",
			"clerk, Aa1Aa1Aa1Aa1, account.password.classes", "clerk, Password123, account.password.common",
			"clerk, Qwerty123456, account.password.common", "clerk, P@ssw0rd2026!, account.password.common",
			"clerk, ADMIN@123456, account.password.common", "clerk, Woaini1314!, account.password.common" })
	void refusesWeakPasswords(String username, String password, String key) {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> PasswordPolicy.check(username, password))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.messageKey()).isEqualTo(key));
	}

	@Test
	void theCommonPasswordsListHoldsAFewThousand() {
		org.assertj.core.api.Assertions.assertThat(CommonPasswords.size()).isGreaterThan(2000);
		org.assertj.core.api.Assertions.assertThat(CommonPasswords.contains("pAsSwOrD123")).isTrue();
	}

	@Test
	void refusesAbsurdlyLongOrMissingPasswords() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> PasswordPolicy.check("clerk", "Aa1!".repeat(40)));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> PasswordPolicy.check("clerk", null));
	}

}
