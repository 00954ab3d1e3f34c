package org.gongkai.publication.item;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether an agency's publications need its leader's sign-off (领导签发) after the
 * confidentiality review; an agency without one does not.
 */
@Entity
@Table(name = "pub_sign_off_setting")
public class SignOffSetting {

	@Id
	@Column(name = "agency_id")
	private Long agencyId;

	@Column(name = "sign_off_required")
	private boolean required;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	protected SignOffSetting() {
	}

	public SignOffSetting(long agencyId) {
		this.agencyId = agencyId;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public boolean required() {
		return this.required;
	}

	public void change(boolean required, String who, Instant now) {
		this.required = required;
		this.changedBy = who;
		this.changedAt = now;
	}

}
