/**
 * Publicity, training and the organisation of the disclosure work (宣传培训, 组织保障;
 * docs/legal-rules.md, Activities and organisation): an agency's activities (宣传活动, 培训,
 * 政务公开日, 流动查询/进村入户) with their place, counts, photos and sign-in sheet, a disclosure
 * office's trainings for the agencies under it; per agency and year the leading group
 * (领导小组), the responsible leader, the disclosure office (工作机构, Regulations art. 4) and
 * its staff. Read by the work summary ({@code WorkFigureSource}), the public guide
 * ({@code GuidePartSource}: only the work body, the leader and the group, never staff
 * names) and the assessment ({@link org.gongkai.activities.ActivityCounts},
 * {@link org.gongkai.activities.OrganisationRecords}). The plain rules (periods, counts,
 * the group's lines) are in the internal {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities and organisation",
		allowedDependencies = { "account", "agency", "audit", "platform", "platform :: web" })
package org.gongkai.activities;
