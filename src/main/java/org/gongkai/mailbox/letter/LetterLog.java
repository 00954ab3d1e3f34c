package org.gongkai.mailbox.letter;

import java.time.Clock;
import java.time.Instant;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;

import org.springframework.stereotype.Component;

/**
 * What happened to a letter: a step of its history (the writer sees some of them on the
 * tracking page) and the audit entry of each change, both in the caller's transaction.
 */
@Component
class LetterLog {

	/** The actor of what the public does. */
	static final String PUBLIC = "public";

	private final LetterSteps steps;

	private final AuditLog audit;

	private final Clock clock;

	LetterLog(LetterSteps steps, AuditLog audit, Clock clock) {
		this.steps = steps;
		this.audit = audit;
		this.clock = clock;
	}

	/** Adds a step now; a {@code null} actor is the public. */
	void step(Letter letter, StepKind kind, String actor, String from, String to, String note) {
		this.steps.save(new LetterStep(letter.id(), kind, Instant.now(this.clock), (actor != null) ? actor : PUBLIC,
				from, to, note));
	}

	/**
	 * Audits a change of the letter.
	 * @param actor who acted, or {@code null} for the signed-in user
	 */
	void audit(String action, Letter letter, String before, String actor) {
		AuditRecord record = AuditRecord.of(action, "Letter", letter.id())
			.withAgency(letter.agencyId())
			.withBefore(before)
			.withAfter(letter.auditSummary());
		this.audit.record((actor != null) ? record.withActor(actor) : record);
	}

	/** The signed-in user's name, or {@code null}. */
	static String signedInUser() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : null;
	}

}
