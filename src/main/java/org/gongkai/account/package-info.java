/**
 * Staff accounts, their roles per agency, sign-in with throttling (never a lockout by
 * others), API tokens, and the separation of the system, security and audit
 * administrators (三员分立) with confirmed appointments. Also holds the web security
 * configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "agency", "audit", "platform", "platform :: web" })
package org.gongkai.account;
