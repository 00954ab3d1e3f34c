/**
 * The website self-inspection (读网监测, after the website check of 国办秘函〔2019〕19号;
 * docs/legal-rules.md, Website inspection): for each agency the checks run on demand and
 * on a schedule (monthly by default), each finding with a stable rule code, a severity
 * (single veto, deduction, notice), a Chinese title, the object it is about and a link to
 * fix it. Runs are kept, so a report shows the latest findings vetoes first and the trend
 * per rule. A finding can become a rectification task (整改) with an owner and a deadline
 * on the working-day calendar; the next run closes it when the problem is gone and
 * reopens it when it is back. The module only reads the others, through their APIs; the
 * decisions (staleness per column kind, veto thresholds, wording, letters and report
 * deadlines) are plain Java in the {@code rules} sub-package. Nothing depends on this
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Website inspection",
		allowedDependencies = { "account", "agency", "annualreport", "audit", "calendar", "calendar :: rules",
				"catalog", "concerns", "fiscal", "mailbox", "platform", "platform :: web", "publication", "rendering",
				"request", "services" })
package org.gongkai.inspection;
