package org.gongkai.request.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the module's scheduled jobs ({@link RequestDailyJobs}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RequestScheduling {

}
