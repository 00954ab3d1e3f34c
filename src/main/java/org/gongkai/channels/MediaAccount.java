package org.gongkai.channels;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A new-media account (政务新媒体) of an agency. */
@Entity
@Table(name = "chn_account")
class MediaAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Enumerated(EnumType.STRING)
	private MediaPlatform platform;

	private String name;

	@Column(name = "account_code")
	private String accountCode;

	@Column(name = "keeper_name")
	private String keeperName;

	@Column(name = "opened_on")
	private LocalDate openedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_status")
	private ReviewStatus reviewStatus;

	@Column(name = "last_reviewed_on")
	private LocalDate lastReviewedOn;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected MediaAccount() {
	}

	MediaAccount(long agencyId, AccountInput.Valid input, Instant now) {
		this.agencyId = agencyId;
		update(input, now);
	}

	void update(AccountInput.Valid input, Instant now) {
		this.platform = input.platform();
		this.name = input.name();
		this.accountCode = input.accountCode();
		this.keeperName = input.keeperName();
		this.openedOn = input.openedOn();
		this.reviewStatus = input.reviewStatus();
		this.lastReviewedOn = input.lastReviewedOn();
		this.updatedAt = now;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	ReviewStatus reviewStatus() {
		return this.reviewStatus;
	}

	AccountView view(long syndicated) {
		return new AccountView(this.id, this.agencyId, this.platform, this.name, this.accountCode, this.keeperName,
				this.openedOn, this.reviewStatus, this.lastReviewedOn, syndicated);
	}

	String auditSummary() {
		return "platform=" + this.platform + ", name=" + this.name + ", account=" + this.accountCode + ", keeper="
				+ this.keeperName + ", opened=" + this.openedOn + ", status=" + this.reviewStatus + ", reviewed="
				+ this.lastReviewedOn;
	}

}
