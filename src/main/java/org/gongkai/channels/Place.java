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

/** A board, reading point or request desk of an agency. */
@Entity
@Table(name = "chn_place")
class Place {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Enumerated(EnumType.STRING)
	private PlaceKind kind;

	private String name;

	private String address;

	private String hours;

	@Column(name = "keeper_name")
	private String keeperName;

	@Column(name = "keeper_phone")
	private String keeperPhone;

	private boolean active;

	@Column(name = "created_on")
	private LocalDate createdOn;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Place() {
	}

	Place(long agencyId, PlaceInput.Valid input, LocalDate createdOn, Instant now) {
		this.agencyId = agencyId;
		this.createdOn = createdOn;
		update(input, now);
	}

	void update(PlaceInput.Valid input, Instant now) {
		this.kind = input.kind();
		this.name = input.name();
		this.address = input.address();
		this.hours = input.hours();
		this.keeperName = input.keeperName();
		this.keeperPhone = input.keeperPhone();
		this.active = input.active();
		this.updatedAt = now;
	}

	/** The day it was registered (the demo's places stand since months). */
	void backdate(LocalDate on) {
		this.createdOn = on;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	PlaceKind kind() {
		return this.kind;
	}

	boolean active() {
		return this.active;
	}

	LocalDate createdOn() {
		return this.createdOn;
	}

	PlaceView view() {
		return new PlaceView(this.id, this.agencyId, this.kind, this.name, this.address, this.hours, this.keeperName,
				this.keeperPhone, this.active);
	}

	String auditSummary() {
		return "kind=" + this.kind + ", name=" + this.name + ", address=" + this.address + ", hours=" + this.hours
				+ ", keeper=" + this.keeperName + ", phone=" + this.keeperPhone + ", active=" + this.active;
	}

}
