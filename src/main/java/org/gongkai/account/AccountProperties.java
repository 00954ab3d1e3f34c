package org.gongkai.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings ({@code gongkai.account.*}).
 *
 * @param maxFailedAttempts failed sign-ins in a row before the account locks
 * @param lockout how long a locked account stays locked
 * @param tokenLifetime how long an API token is valid
 * @param loginsPerMinute sign-in and token attempts allowed per client address per minute
 */
@ConfigurationProperties("gongkai.account")
public record AccountProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockout,
		@DefaultValue("8h") Duration tokenLifetime, @DefaultValue("20") int loginsPerMinute) {

}
