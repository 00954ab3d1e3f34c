/**
 * Shared infrastructure every module may use: the clock, the data directory, typed errors
 * and their mapping to HTTP, rate limits. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.gongkai.platform;
