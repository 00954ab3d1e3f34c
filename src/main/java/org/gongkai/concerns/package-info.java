/**
 * Responses to concerns (回应关切; docs/legal-rules.md, Responses to concerns): a concern of
 * an agency (a public event, a rumour, a much-asked question) is registered with its
 * source, the moment it arose or was seen and its severity, which sets the hours its
 * response is due in (国办发〔2016〕61号: 48 hours for a major concern, 24 for a major
 * emergency; settings {@code gongkai.concerns.hours.*}). The response is a publication in
 * the 回应关切 column drafted from the concern and reviewed as any item (the concern is
 * answered at the instant {@code PublicationPublished} arrives), or another response
 * recorded with its moment and link. Reminders by e-mail at the reminder mark and when
 * overdue, the clerks' to-do line, the overdue list, the public list of answered
 * concerns, the figures of the work summary and a system reading for the inspection. The
 * plain clock is in the internal {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Responses to concerns",
		allowedDependencies = { "account", "agency", "audit", "catalog", "platform", "platform :: web", "publication" })
package org.gongkai.concerns;
