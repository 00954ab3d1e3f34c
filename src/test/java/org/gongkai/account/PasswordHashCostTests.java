package org.gongkai.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The BCrypt cost of new hashes is a setting; hashes made at another cost (or by another
 * encoder the delegating format names) still verify after it changes.
 */
class PasswordHashCostTests {

	@Test
	void newHashesUseTheConfiguredCostAndOlderHashesStillVerify() {
		PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(properties(4));
		String hash = encoder.encode("Gk-Test-Pass-2026!");
		assertThat(hash).startsWith("{bcrypt}$2a$04$");
		assertThat(encoder.matches("Gk-Test-Pass-2026!", hash)).isTrue();
		String older = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("Gk-Test-Pass-2026!");
		assertThat(encoder.matches("Gk-Test-Pass-2026!", older)).isTrue();
		assertThat(encoder.matches("wrong", older)).isFalse();
		assertThat(encoder.matches("Gk-Test-Pass-2026!", "{noop}Gk-Test-Pass-2026!")).isTrue();
		assertThat(new SecurityConfiguration().passwordEncoder(properties(10)).encode("x"))
			.startsWith("{bcrypt}$2a$10$");
	}

	@Test
	void aCostOutsideFourToSixteenIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(3))
			.withMessageContaining("password-hash-cost");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(17));
		assertThat(properties(16).passwordHashCost()).isEqualTo(16);
	}

	private static AccountProperties properties(int cost) {
		return new AccountProperties(5, 30, 3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(8), 20,
				cost);
	}

}
