package org.gongkai.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request settings ({@code gongkai.request.*}).
 *
 * @param applicationsPerMinute applications one client address may submit per minute
 * (form and API together)
 * @param lookupsPerMinute tracking look-ups one client address may make per minute, wrong
 * codes included
 * @param feePausesClock whether the answer clock stands still while a fee payment is
 * awaited (policy, docs/legal-rules.md, Consultation and paused time; default on,
 * following provincial implementing rules)
 * @param reminderFrom the sender address of e-mailed deadline reminders (sent only when
 * {@code spring.mail.host} is set)
 * @param lookupsPerNumberPerHour tracking look-ups of one tracking number per hour, from
 * all addresses together, wrong codes included (guessing one case's query code from many
 * addresses)
 */
@ConfigurationProperties("gongkai.request")
public record RequestProperties(@DefaultValue("5") int applicationsPerMinute, @DefaultValue("10") int lookupsPerMinute,
		@DefaultValue("true") boolean feePausesClock, @DefaultValue("gongkai@localhost") String reminderFrom,
		@DefaultValue("20") int lookupsPerNumberPerHour) {

}
