/**
 * Public submissions that file something once (issue 10): an idempotency key per form
 * instance or API call, stored with a unique constraint in the same transaction as what
 * it files, so a reload, a double click or a retry answers with the first answer instead
 * of filing again ({@link org.gongkai.submission.Submissions}); and the receipt page of a
 * form submission, which shows its once-only secret (a query code) for a short time to
 * the submitting browser only. Keys and receipts are kept for a bounded time and purged
 * by a scheduled task.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submissions",
		allowedDependencies = { "audit", "platform" })
package org.gongkai.submission;
