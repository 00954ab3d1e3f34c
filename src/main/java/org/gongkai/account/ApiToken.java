package org.gongkai.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An API token. Only the SHA-256 of the token is stored; the token itself is shown once.
 */
@Entity
@Table(name = "acc_api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	private boolean revoked;

	protected ApiToken() {
	}

	ApiToken(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Long id() {
		return this.id;
	}

	long userId() {
		return this.userId;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	boolean isValid(Instant now) {
		return !this.revoked && this.expiresAt.isAfter(now);
	}

	void revoke() {
		this.revoked = true;
	}

}
