/**
 * The work summary (政务公开工作总结) of an agency for a half-year or a year, drafted from the
 * records: the figures every module offers as a
 * {@link org.gongkai.platform.WorkFigureSource} (collected as beans, so no module depends
 * on this one), kept as a snapshot with the narrative staff edit (一、工作开展情况 generated from
 * the figures, 二、存在问题 and 三、下一步工作计划 left as prompts), refreshed on demand (audited, with
 * what changed), finalised by the agency's leader or the disclosure office over it,
 * rendered as DOCX and PDF; the disclosure office's side-by-side table of its agencies
 * with an XLSX export. The period and the nesting of figures are plain Java in the
 * {@code rules} sub-package. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work summary",
		allowedDependencies = { "account", "agency", "audit", "platform", "platform :: web", "rendering" })
package org.gongkai.worksummary;
