/**
 * Major administrative decisions (重大行政决策, State Council Order 713) and the collective
 * decisions of 三重一大 (docs/legal-rules.md, Major decisions): each agency's yearly
 * catalogue of decision items (决策事项目录, art. 10), published as a whole after review and
 * adjusted later item by item (each addition, change or removal reviewed and shown as
 * 调整); each item's stages in the legal order (公众参与 linked to a draft consultation of the
 * mailbox, 专家论证, 风险评估, 合法性审查, 集体讨论决定, the decision and its implementation), each recorded
 * with its date, summary and optional attachment, or skipped with a reason, and disclosed
 * after the agency's reviewer approves it. The plain rules (order of the stages, the
 * comment period, what a township discloses, an item's progress) are in the internal
 * {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Major decisions",
		allowedDependencies = { "account", "agency", "audit", "mailbox", "platform", "platform :: web" })
package org.gongkai.decisions;
