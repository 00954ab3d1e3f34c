package org.gongkai.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三员分立 for new administrators: an account holding {@link Role#SYSTEM_ADMIN},
 * {@link Role#SECURITY_ADMIN} or {@link Role#AUDIT_ADMIN} is created only when a system
 * administrator asks for it and a security administrator and an audit administrator each
 * confirm; it is then created with the password the requester chose, which its holder
 * must replace with their own before the account can do anything (web or API). The only
 * other way in is the first start ({@link AccountManagement#ensureAdmin},
 * {@link AccountManagement#bootstrapAdministrator}), run by the operator's start-up code,
 * never by a web or API request. Every step is written to the audit log under an
 * {@code account.admin-*} action.
 */
@Service
public class AdministratorAppointments {

	private final StaffUsers users;

	private final AdminAppointments appointments;

	private final AccountManagement accounts;

	private final AccountRules rules;

	private final AuditLog audit;

	private final Clock clock;

	AdministratorAppointments(StaffUsers users, AdminAppointments appointments, AccountManagement accounts,
			AccountRules rules, AuditLog audit, Clock clock) {
		this.rules = rules;
		this.users = users;
		this.appointments = appointments;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A system administrator asks for a new administrator-role account.
	 * @param user the account: one administrator grant, an initial password meeting the
	 * policy
	 * @param requesterId the asking system administrator
	 * @return the request's id
	 * @throws RuleViolationException if the requester may not ask, or the account is
	 * invalid
	 */
	@Transactional
	public long request(NewUser user, long requesterId) {
		StaffUser requester = actingAdministrator(requesterId, Role.SYSTEM_ADMIN);
		String username = (user.username() != null) ? user.username().strip() : "";
		this.rules.checkUsername(username);
		if (this.users.existsByUsername(username)
				|| this.appointments.existsByUsernameAndStatus(username, AdminAppointment.Status.PENDING)) {
			throw new RuleViolationException("account.username.taken", "Username taken");
		}
		String displayName = this.rules.displayName(user.displayName());
		PasswordPolicy.check(username, user.password());
		this.rules.checkGrants(user.grants());
		if (user.grants().size() != 1 || !user.grants().get(0).role().isAdministrator()) {
			throw new RuleViolationException("account.grants.admin-alone", "Appointment without administrator role");
		}
		AdminAppointment appointment = this.appointments.saveAndFlush(new AdminAppointment(username, displayName,
				user.grants().get(0).role(), this.accounts.encode(user.password()), requester.id(), now()));
		this.audit.record(AuditRecord.of("account.admin-appointment-requested", "AdminAppointment", appointment.id())
			.withAfter(appointment.auditSummary()));
		return appointment.id();
	}

	/**
	 * The security or the audit administrator confirms a pending request; with both
	 * confirmations the account is created, its holder to set their own password first.
	 * @return the new account's id once appointed, else {@code null}
	 * @throws RuleViolationException if the confirmer holds neither role, already
	 * confirmed for it, or asked for it themselves
	 * @throws NotFoundException if no such pending request
	 */
	@Transactional
	public Long confirm(long appointmentId, long confirmerId) {
		AdminAppointment appointment = pending(appointmentId);
		StaffUser confirmer = this.users.findById(confirmerId)
			.orElseThrow(() -> new RuleViolationException("account.admin.not-confirmer", "Unknown confirmer"));
		Role role = confirmer.grants()
			.stream()
			.map(Grant::role)
			.filter((r) -> r == Role.SECURITY_ADMIN || r == Role.AUDIT_ADMIN)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("account.admin.not-confirmer",
					"Only the security and audit administrators confirm"));
		actingAdministrator(confirmerId, role);
		if (confirmerId == appointment.requestedBy() || appointment.confirmedBy(role)) {
			throw new RuleViolationException("account.admin.not-confirmer", "Confirmation already given");
		}
		appointment.confirm(role, confirmerId);
		this.audit.record(AuditRecord.of("account.admin-appointment-confirmed", "AdminAppointment", appointment.id())
			.withAfter(appointment.auditSummary()));
		if (!appointment.fullyConfirmed()) {
			return null;
		}
		if (this.users.existsByUsername(appointment.username())) {
			throw new RuleViolationException("account.username.taken", "Username taken meanwhile");
		}
		StaffUser created = new StaffUser(appointment.username(), appointment.displayName(), appointment.passwordHash(),
				true, now());
		created.setGrants(List.of(new Grant(appointment.role(), null)));
		this.users.saveAndFlush(created);
		appointment.appointed(created.id(), now());
		this.audit.record(AuditRecord.of("account.admin-appointed", "User", created.id())
			.withAfter(created.auditSummary() + ", appointment=" + appointment.id() + ", mustChangePassword=true"));
		return created.id();
	}

	/**
	 * Refuses a pending request: either confirming administrator, or the requester
	 * withdrawing it.
	 */
	@Transactional
	public void refuse(long appointmentId, long actorId) {
		AdminAppointment appointment = pending(appointmentId);
		StaffUser actor = this.users.findById(actorId)
			.orElseThrow(() -> new RuleViolationException("account.admin.not-confirmer", "Unknown actor"));
		boolean mayRefuse = actorId == appointment.requestedBy() || actor.grants()
			.stream()
			.anyMatch((g) -> g.role() == Role.SECURITY_ADMIN || g.role() == Role.AUDIT_ADMIN);
		if (!mayRefuse) {
			throw new RuleViolationException("account.admin.not-confirmer", "Not a party to the appointment");
		}
		appointment.refused(now());
		this.audit.record(AuditRecord.of("account.admin-appointment-refused", "AdminAppointment", appointment.id())
			.withAfter(appointment.auditSummary()));
	}

	/** The pending requests, oldest first. */
	@Transactional(readOnly = true)
	public List<AppointmentView> pending() {
		return this.appointments.findByStatusOrderByIdAsc(AdminAppointment.Status.PENDING)
			.stream()
			.map(AdminAppointment::view)
			.toList();
	}

	private AdminAppointment pending(long id) {
		return this.appointments.findById(id)
			.filter((a) -> a.status() == AdminAppointment.Status.PENDING)
			.orElseThrow(() -> new NotFoundException("Appointment " + id));
	}

	/**
	 * The acting administrator, who must hold {@code role}, be enabled, not locked and
	 * have set their own password.
	 */
	private StaffUser actingAdministrator(long id, Role role) {
		StaffUser user = this.users.findById(id)
			.filter((u) -> u.enabled() && !u.isLocked(now()) && !u.mustChangePassword())
			.filter((u) -> u.grants().stream().anyMatch((g) -> g.role() == role))
			.orElseThrow(() -> new RuleViolationException("account.admin.not-confirmer",
					"Not an active " + role + ": " + id));
		return user;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
