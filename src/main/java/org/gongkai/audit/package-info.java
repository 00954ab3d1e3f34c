/**
 * The append-only, hash-chained audit log. Every state change in every module calls
 * {@link org.gongkai.audit.AuditLog#record} inside its own transaction; the audit
 * administrator views, filters and verifies the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
		allowedDependencies = { "platform", "platform :: web" })
package org.gongkai.audit;
