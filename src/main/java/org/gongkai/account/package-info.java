/**
 * Staff accounts, their roles per agency, login with lockout, API tokens, and the
 * separation of the system, security and audit administrators (三员分立). Also holds the web
 * security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "agency", "audit", "platform", "platform :: web" })
package org.gongkai.account;
