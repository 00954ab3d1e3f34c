package org.gongkai.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application. Everything that needs "now" injects it, so
 * tests can fix the time (an ArchUnit rule forbids argument-less {@code now()}).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(GongkaiProperties properties) {
		return Clock.system(ZoneId.of(properties.zone()));
	}

}
