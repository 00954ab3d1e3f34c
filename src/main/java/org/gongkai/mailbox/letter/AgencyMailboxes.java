package org.gongkai.mailbox.letter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.mailbox.rules.PlainText;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailboxes of an agency (docs/legal-rules.md, Interaction): the agency's own and its
 * leaders' (书记信箱, 县长信箱), which the public may write to while they are active. An agency
 * without any gets its general mailbox with its first letter ({@link LetterIntake}).
 */
@Service
public class AgencyMailboxes {

	private final Mailboxes mailboxes;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final Clock clock;

	AgencyMailboxes(Mailboxes mailboxes, AgencyManagement agencies, AgencyAccess access, AuditLog audit, Clock clock) {
		this.mailboxes = mailboxes;
		this.agencies = agencies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The agency with this credit code.
	 * @throws NotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public AgencyDetails agency(String creditCode) {
		return this.agencies.findByCreditCode((creditCode != null) ? creditCode.strip() : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	/**
	 * The active mailboxes of an agency the public may write to; empty when the agency
	 * configured none (its general mailbox is then created with the first letter).
	 */
	@Transactional(readOnly = true)
	public List<MailboxView> publicMailboxes(long agencyId) {
		return this.mailboxes.findByAgencyIdOrderById(agencyId)
			.stream()
			.filter(Mailbox::active)
			.map(Mailbox::view)
			.toList();
	}

	/**
	 * Every mailbox of an agency, for its staff.
	 * @throws ForbiddenException if the user may not see the agency
	 */
	@Transactional(readOnly = true)
	public List<MailboxView> mailboxes(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.mailboxes.findByAgencyIdOrderById(agencyId).stream().map(Mailbox::view).toList();
	}

	/**
	 * Adds a mailbox to an agency, e.g. the party secretary's (书记信箱).
	 * @param leaderName the leader's name, or blank for a mailbox of the agency
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 */
	@Transactional
	public long createMailbox(long agencyId, String name, String leaderName) {
		requireClerkOrLeader(agencyId);
		this.agencies.details(agencyId);
		Mailbox mailbox = this.mailboxes.save(new Mailbox(agencyId, mailboxName(name),
				PlainText.optional(leaderName, "leader-name", 60), Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("mailbox.created", "Mailbox", mailbox.id())
			.withAgency(agencyId)
			.withAfter(mailbox.auditSummary()));
		return mailbox.id();
	}

	/**
	 * Renames a mailbox or closes it to new letters (letters already written stay).
	 * @throws ForbiddenException unless the user is a clerk or leader of its agency
	 */
	@Transactional
	public void updateMailbox(long mailboxId, String name, String leaderName, boolean active) {
		Mailbox mailbox = this.mailboxes.findById(mailboxId)
			.orElseThrow(() -> new NotFoundException("Mailbox " + mailboxId));
		requireClerkOrLeader(mailbox.agencyId());
		String before = mailbox.auditSummary();
		mailbox.change(mailboxName(name), PlainText.optional(leaderName, "leader-name", 60), active);
		this.audit.record(AuditRecord.of("mailbox.updated", "Mailbox", mailbox.id())
			.withAgency(mailbox.agencyId())
			.withBefore(before)
			.withAfter(mailbox.auditSummary()));
	}

	private void requireClerkOrLeader(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CLERK, agencyId) || me.has(Role.LEADER, agencyId))) {
			throw new ForbiddenException("Clerk or leader of agency " + agencyId + " required");
		}
	}

	private static String mailboxName(String name) {
		return PlainText.required(name, "mailbox-name", 60);
	}

}
