package org.gongkai.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A system administrator's request for a new administrator-role account, waiting for the
 * security and the audit administrator to confirm it (三员分立). The initial password is kept
 * only as a hash; the account, once appointed, must set its own before acting.
 */
@Entity
@Table(name = "acc_admin_appointment")
class AdminAppointment {

	enum Status {

		PENDING, APPOINTED, REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "requested_by")
	private long requestedBy;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "security_confirmed_by")
	private Long securityConfirmedBy;

	@Column(name = "audit_confirmed_by")
	private Long auditConfirmedBy;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "user_id")
	private Long userId;

	@Version
	private long version;

	protected AdminAppointment() {
	}

	AdminAppointment(String username, String displayName, Role role, String passwordHash, long requestedBy,
			Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.status = Status.PENDING;
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	Role role() {
		return this.role;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	long requestedBy() {
		return this.requestedBy;
	}

	Status status() {
		return this.status;
	}

	/** Records the confirmation of the holder of {@code role}. */
	void confirm(Role confirmerRole, long confirmerId) {
		if (confirmerRole == Role.SECURITY_ADMIN) {
			this.securityConfirmedBy = confirmerId;
		}
		else if (confirmerRole == Role.AUDIT_ADMIN) {
			this.auditConfirmedBy = confirmerId;
		}
	}

	boolean confirmedBy(Role role) {
		return (role == Role.SECURITY_ADMIN) ? this.securityConfirmedBy != null
				: role == Role.AUDIT_ADMIN && this.auditConfirmedBy != null;
	}

	boolean fullyConfirmed() {
		return this.securityConfirmedBy != null && this.auditConfirmedBy != null;
	}

	void appointed(long userId, Instant now) {
		this.status = Status.APPOINTED;
		this.userId = userId;
		this.decidedAt = now;
		this.passwordHash = "-";
	}

	void refused(Instant now) {
		this.status = Status.REFUSED;
		this.decidedAt = now;
		this.passwordHash = "-";
	}

	AppointmentView view() {
		return new AppointmentView(this.id, this.username, this.displayName, this.role, this.requestedAt,
				this.securityConfirmedBy != null, this.auditConfirmedBy != null);
	}

	String auditSummary() {
		return "username=" + this.username + ", displayName=" + this.displayName + ", role=" + this.role
				+ ", requestedBy=" + this.requestedBy + ", securityConfirmedBy=" + this.securityConfirmedBy
				+ ", auditConfirmedBy=" + this.auditConfirmedBy + ", status=" + this.status;
	}

}
