/**
 * Power and responsibility lists (权力清单和责任清单; docs/legal-rules.md, Power lists): an
 * agency's powers (type, code, name, legal basis, responsible unit, process, the duties
 * and the cases of accountability, supervision and its phone) kept as a list with
 * versions. Clerks edit a working copy (by hand or by importing an XLSX list, whole or
 * not at all), a reviewer publishes it as a whole as the next version (第N版) with its
 * date; the change note (added, changed, removed) is computed against the version before.
 * Published versions stay readable on the public page, as XLSX and through the API. The
 * comparison, the matching of imported rows and the phone check are plain rules in the
 * internal {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Power and responsibility lists",
		allowedDependencies = { "account", "agency", "audit", "platform", "platform :: web" })
package org.gongkai.powers;
