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
	}

	/** Counts a failed sign-in; returns whether the account is now locked. */
	boolean failedSignIn(int maxAttempts, Instant lockedUntil) {
		this.failedAttempts++;
		if (this.failedAttempts >= maxAttempts) {
			this.lockedUntil = lockedUntil;
			this.failedAttempts = 0;
			return true;
		}
		return false;
	}

	void signedIn() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void unlock() {
		signedIn();
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
