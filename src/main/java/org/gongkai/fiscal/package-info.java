/**
 * Fiscal and special-fund disclosure (财政预决算, 三公经费, 专项资金, 惠民惠农补贴; docs/legal-rules.md,
 * Fiscal disclosure): budgets and final accounts as structured forms (说明, 收支总表, 三公经费 with
 * the previous year and the explanation of changes) with the Budget Law's 20 days from
 * approval; special funds with their parts and their households imported from XLSX,
 * masked by the privacy scanner; each with its own draft → review → publish steps,
 * audited. {@link org.gongkai.fiscal.FiscalCompleteness} tells per fund and per agency
 * and year what is disclosed and what is missing, for the inspection and assessment
 * modules. The plain rules (deadline, amounts, changes, parts, village totals) are in the
 * internal {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fiscal disclosure",
		allowedDependencies = { "account", "agency", "audit", "platform", "platform :: web", "privacy" })
package org.gongkai.fiscal;
