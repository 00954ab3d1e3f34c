/**
 * The assessment (考核) of the agencies' disclosure work by the disclosure office over them
 * (docs/legal-rules.md, Assessment): schemes (考核方案) for a period kind and year, with
 * items grouped in sections, each computed from the website inspection's findings of its
 * rule codes in the period (a deduction per finding up to a cap) or entered by hand with
 * a note and evidence, and veto rules that lower the total to a ceiling or to zero; a
 * sample scheme ships as data. Per period (quarter, half-year, year) each agency enters
 * its self-assessment (自评), the office scores, finalises and publishes the results (公示)
 * on a public page. The arithmetic and the periods are plain Java in the {@code rules}
 * sub-package. Beside the manual items on the organisation and on training the pages show
 * what the activities module records ({@code ActivityCounts},
 * {@code OrganisationRecords}). Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = { "account",
		"activities", "agency", "audit", "inspection", "platform", "platform :: web" })
package org.gongkai.assessment;
