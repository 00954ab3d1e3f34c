package org.gongkai.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's {@code @Scheduled} jobs (e.g. scheduled publication). Jobs take the
 * time from the {@link java.time.Clock} bean and put their work in a method that takes
 * the current instant, so tests call it directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
