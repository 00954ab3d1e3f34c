package org.gongkai.agency;

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

@Entity
@Table(name = "agc_agency")
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "credit_code")
	private String creditCode;

	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(name = "agency_level")
	private AgencyLevel level;

	@Column(name = "parent_id")
	private Long parentId;

	private String address;

	private String postcode;

	@Column(name = "office_hours")
	private String officeHours;

	private String phone;

	private String fax;

	private String email;

	private String website;

	@Column(name = "sort_order")
	private int sortOrder;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Agency() {
	}

	Agency(String creditCode, Instant now) {
		this.creditCode = creditCode;
		this.createdAt = now;
	}

	void apply(AgencyData data, Instant now) {
		this.name = data.name();
		this.shortName = data.shortName();
		this.level = data.level();
		this.parentId = data.parentId();
		this.address = data.address();
		this.postcode = data.postcode();
		this.officeHours = data.officeHours();
		this.phone = data.phone();
		this.fax = data.fax();
		this.email = data.email();
		this.website = data.website();
		this.sortOrder = data.sortOrder();
		this.updatedAt = now;
	}

	Long id() {
		return this.id;
	}

	String creditCode() {
		return this.creditCode;
	}

	AgencyLevel level() {
		return this.level;
	}

	Long parentId() {
		return this.parentId;
	}

	int sortOrder() {
		return this.sortOrder;
	}

	AgencySummary summary(String parentCreditCode) {
		return new AgencySummary(this.id, this.creditCode, this.name, this.shortName, this.level, this.parentId,
				parentCreditCode);
	}

	AgencyDetails details(String parentCreditCode) {
		return new AgencyDetails(summary(parentCreditCode), this.address, this.postcode, this.officeHours, this.phone,
				this.fax, this.email, this.website, this.sortOrder);
	}

	String auditSummary() {
		return "creditCode=" + this.creditCode + ", name=" + this.name + ", shortName=" + this.shortName + ", level="
				+ this.level + ", parentId=" + this.parentId + ", address=" + this.address + ", phone=" + this.phone
				+ ", fax=" + this.fax + ", email=" + this.email + ", website=" + this.website + ", hours="
				+ this.officeHours;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
