/**
 * Disclosure on request (依申请公开, Regulations arts. 27–45): intake, the statutory clocks,
 * decisions, letters, fees and appeals. The clock and fee rules are plain Java in
 * {@code request.rules}; intake ({@link org.gongkai.request.intake.RequestIntake}) and
 * tracking ({@link org.gongkai.request.intake.RequestTracking}) of applications: online
 * applications awaiting the office's confirmation (art. 31), offline ones registered by
 * clerks, and tracking by number and query code; after receipt
 * ({@link org.gongkai.request.casework.CaseHandling}), the one correction notice (art.
 * 30), consultations (arts. 32, 34), the leader's extension (art. 33) and the answer,
 * which a leader approves unless it is full disclosure; the dashboard and case pages
 * ({@link org.gongkai.request.RequestManagement}); fee notices, payments and waivers
 * ({@link org.gongkai.request.fees.RequestFees}), reconsiderations and lawsuits with
 * their table-四 counts ({@link org.gongkai.request.appeals.RequestAppeals}), assignment
 * to clerks with deadline reminders ({@link org.gongkai.request.RequestAssignment}), and
 * a daily run closing applications deemed abandoned (art. 30; unpaid fees). Each step is
 * kept as a fact on the case and in its event log; due dates are derived. Each step's
 * letter (答复告知书 per outcome, 补正告知书, 延期答复告知书, 征求意见函, 收费通知书) is issued from the agency's
 * editable template ({@link org.gongkai.request.letters.ReplyLetters},
 * {@link org.gongkai.request.letters.LetterTemplates}) as DOCX and PDF. Offices import
 * their registers (台账) as ordinary cases
 * ({@link org.gongkai.request.register.RegisterImport}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure on request",
		allowedDependencies = { "account", "agency", "audit", "calendar", "calendar :: rules", "platform",
				"platform :: web", "privacy", "rendering", "submission", "village" })
package org.gongkai.request;
