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
 */
@ConfigurationProperties("gongkai.request")
public record RequestProperties(@DefaultValue("5") int applicationsPerMinute,
		@DefaultValue("10") int lookupsPerMinute) {

}
