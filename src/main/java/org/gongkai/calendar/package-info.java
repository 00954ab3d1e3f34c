/**
 * The working-day calendar: State Council holiday notices per year, and the arithmetic of
 * legal deadlines counted in working days (docs/legal-rules.md, Working days and the
 * holiday calendar).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar",
		allowedDependencies = { "audit", "platform" })
package org.gongkai.calendar;
