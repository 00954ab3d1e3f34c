/**
 * The yearly report on government information disclosure (政府信息公开工作年度报告, Regulations arts.
 * 49–50, format 国办公开办函〔2021〕30号; docs/legal-rules.md, Annual report). Tables 二, 三 and 四
 * are computed from the records of {@code publication} and {@code request} (through their
 * statistics APIs) plus the four figures of table 二 the office enters; the narrative
 * sections 一, 五 and 六 are written by staff from a draft made from the year's figures. The
 * report checks run on every computation; publication needs them all to pass, and freezes
 * the tables: a later change to the year's records is logged as a correction that shows
 * on the public report ({@link org.gongkai.annualreport.ReportPublishing},
 * {@link org.gongkai.annualreport.ReportReconciliation}). The county disclosure office
 * sees a roll-up of every agency below it. Output: the portal page, DOCX, PDF and XLSX.
 * Nothing depends on this module. The tables 三 and 四, their arithmetic and the checks are
 * plain Java in the {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual report",
		allowedDependencies = { "account", "agency", "audit", "catalog", "platform", "platform :: web", "publication",
				"rendering", "request", "request :: rules" })
package org.gongkai.annualreport;
