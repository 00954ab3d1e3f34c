package org.gongkai.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "acc_user")
class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "created_at")
	private Instant createdAt;

	/** Counts password changes: a session signed in with an older password ends. */
	@Column(name = "password_generation")
	private long passwordGeneration;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "user_id", nullable = false)
	private List<RoleGrant> grants = new ArrayList<>();

	protected StaffUser() {
	}

	StaffUser(String username, String displayName, String passwordHash, boolean mustChangePassword, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.mustChangePassword = mustChangePassword;
		this.passwordChangedAt = now;
		this.createdAt = now;
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	int failedAttempts() {
		return this.failedAttempts;
	}

	long passwordGeneration() {
		return this.passwordGeneration;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** Whether the account holds one of the three administrator roles. */
	boolean isAdministrator() {
		return this.grants.stream().anyMatch((g) -> g.grant().role().isAdministrator());
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	List<Grant> grants() {
		return this.grants.stream().map(RoleGrant::grant).toList();
	}

	void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setGrants(List<Grant> grants) {
		this.grants.clear();
		grants.forEach((g) -> this.grants.add(new RoleGrant(g)));
	}

	void setPassword(String hash, boolean mustChange, Instant now) {
		this.passwordHash = hash;
		this.mustChangePassword = mustChange;
		this.passwordChangedAt = now;
		this.passwordGeneration++;
	}

	/**
	 * Counts a failed sign-in, shown to the security administrator; it never locks the
	 * account (issue 13 §3: nobody can lock anybody else out).
	 */
	void failedSignIn() {
		this.failedAttempts++;
	}

	void signedIn() {
		this.failedAttempts = 0;
	}

	/** Locks the account until {@code until} (the security administrator's step). */
	void lock(Instant until) {
		this.lockedUntil = until;
	}

	void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	StaffPrincipal principal() {
		return new StaffPrincipal(this.id, this.username, this.displayName, grants(), this.mustChangePassword);
	}

	UserSummary summary(Instant now, ZoneId zone) {
		return new UserSummary(this.id, this.username, this.displayName, this.enabled, this.failedAttempts,
				this.lockedUntil, isLocked(now), this.mustChangePassword, grants(), zone);
	}

	String auditSummary() {
		return "username=" + this.username + ", displayName=" + this.displayName + ", enabled=" + this.enabled
				+ ", grants=" + this.grants.stream().map((g) -> g.grant().toString()).collect(Collectors.joining(";"));
	}

}
