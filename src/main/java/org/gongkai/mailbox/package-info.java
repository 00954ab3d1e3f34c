/**
 * Interaction (互动交流, docs/legal-rules.md, Interaction): mailboxes per agency and per
 * leader, letters (consultations, complaints, reports, suggestions) with tracking number
 * and query code, routing and forwarding between agencies, reply deadlines on the
 * working-day calendar with extension, public replies moderated by the privacy scanner
 * and a word list, private replies read with the query code, ratings and reply statistics
 * ({@link org.gongkai.mailbox.letter.AgencyMailboxes},
 * {@link org.gongkai.mailbox.letter.LetterIntake},
 * {@link org.gongkai.mailbox.letter.LetterHandling},
 * {@link org.gongkai.mailbox.letter.LetterWorklists},
 * {@link org.gongkai.mailbox.letter.PublicReplies},
 * {@link org.gongkai.mailbox.letter.ReplyStatistics}); public consultations on draft
 * policies with moderated comments and the published use of comments
 * ({@link org.gongkai.mailbox.consultation.PolicyConsultations}); simple surveys
 * ({@link org.gongkai.mailbox.survey.Surveys}). A letter that is really a disclosure
 * application becomes a request case, and a request that is really a complaint becomes a
 * letter, the two records linked by their numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interaction",
		allowedDependencies = { "account", "agency", "audit", "calendar", "calendar :: rules", "platform",
				"platform :: web", "privacy", "rendering", "request", "request :: rules", "submission" })
package org.gongkai.mailbox;
