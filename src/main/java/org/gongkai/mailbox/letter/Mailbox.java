package org.gongkai.mailbox.letter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A mailbox of an agency (机关信箱) or of one of its leaders (书记信箱, 县长信箱). */
@Entity
@Table(name = "mbx_mailbox")
class Mailbox {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	private String name;

	@Column(name = "leader_name")
	private String leaderName;

	private boolean active;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Mailbox() {
	}

	Mailbox(long agencyId, String name, String leaderName, Instant now) {
		this.agencyId = agencyId;
		this.name = name;
		this.leaderName = leaderName;
		this.active = true;
		this.createdAt = now;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	boolean active() {
		return this.active;
	}

	void change(String name, String leaderName, boolean active) {
		this.name = name;
		this.leaderName = leaderName;
		this.active = active;
	}

	MailboxView view() {
		return new MailboxView(this.id, this.agencyId, this.name, this.leaderName, this.active);
	}

	String auditSummary() {
		return "name=" + this.name + ", leader=" + this.leaderName + ", active=" + this.active;
	}

}
