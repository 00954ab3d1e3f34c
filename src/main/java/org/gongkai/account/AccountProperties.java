package org.gongkai.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings ({@code gongkai.account.*}). Failed sign-ins never lock an account
 * (see {@link SignInThrottle}); only the security administrator locks one.
 *
 * @param pairFailures failed sign-ins of one login name from one client address before
 * further attempts of that pair are refused for a growing window
 * @param addressFailures failed sign-ins from one client address (any name) before that
 * address is refused for a growing window
 * @param captchaAfter failed sign-ins of one login name (from anywhere) after which the
 * sign-in form asks for a CAPTCHA for that name
 * @param throttleBase the first refusal window; each further failure doubles it
 * @param throttleMax the longest refusal window
 * @param tokenLifetime how long an API token is valid
 * @param loginsPerMinute sign-in and token attempts allowed per client address per minute
 * @param passwordHashCost the BCrypt cost of new password hashes (log2 of the rounds, 4
 * to 16; each step doubles the time of a sign-in). Hashes already stored keep the cost
 * they were made with and still verify after a change.
 */
@ConfigurationProperties("gongkai.account")
public record AccountProperties(@DefaultValue("5") int pairFailures, @DefaultValue("30") int addressFailures,
		@DefaultValue("3") int captchaAfter, @DefaultValue("1m") Duration throttleBase,
		@DefaultValue("1h") Duration throttleMax, @DefaultValue("8h") Duration tokenLifetime,
		@DefaultValue("20") int loginsPerMinute, @DefaultValue("10") int passwordHashCost) {

	public AccountProperties {
		if (passwordHashCost < 4 || passwordHashCost > 16) {
			throw new IllegalArgumentException(
					"gongkai.account.password-hash-cost must be 4 to 16: " + passwordHashCost);
		}
	}

}
