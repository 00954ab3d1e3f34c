package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service item (办事事项) of one agency with the ten elements of its guide. */
@Entity
@Table(name = "svc_item")
class ServiceItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	private String name;

	private String basis;

	private String conditions;

	private String materials;

	private String process;

	@Column(name = "legal_days")
	private Integer legalDays;

	@Column(name = "promised_days")
	private Integer promisedDays;

	private String fees;

	@Column(name = "place_and_hours")
	private String placeAndHours;

	@Column(name = "consult_phone")
	private String consultPhone;

	@Column(name = "supervision_phone")
	private String supervisionPhone;

	@Column(name = "no_forms")
	private boolean noForms;

	@ElementCollection
	@CollectionTable(name = "svc_form", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	private List<ServiceForm> forms = new ArrayList<>();

	private String status;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected ServiceItem() {
	}

	ServiceItem(long agencyId, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = ServiceStatus.DRAFT.name();
	}

	void fill(String name, String basis, String conditions, String materials, String process, Integer legalDays,
			Integer promisedDays, String fees, String placeAndHours, String consultPhone, String supervisionPhone,
			boolean noForms) {
		this.name = name;
		this.basis = basis;
		this.conditions = conditions;
		this.materials = materials;
		this.process = process;
		this.legalDays = legalDays;
		this.promisedDays = promisedDays;
		this.fees = fees;
		this.placeAndHours = placeAndHours;
		this.consultPhone = consultPhone;
		this.supervisionPhone = supervisionPhone;
		this.noForms = noForms;
	}

	void moveTo(ServiceStatus next, LocalDate on) {
		this.status = next.name();
		this.publishedOn = on;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	String name() {
		return this.name;
	}

	String basis() {
		return this.basis;
	}

	String conditions() {
		return this.conditions;
	}

	String materials() {
		return this.materials;
	}

	String process() {
		return this.process;
	}

	Integer legalDays() {
		return this.legalDays;
	}

	Integer promisedDays() {
		return this.promisedDays;
	}

	String fees() {
		return this.fees;
	}

	String placeAndHours() {
		return this.placeAndHours;
	}

	String consultPhone() {
		return this.consultPhone;
	}

	String supervisionPhone() {
		return this.supervisionPhone;
	}

	boolean noForms() {
		return this.noForms;
	}

	List<ServiceForm> forms() {
		return this.forms;
	}

	ServiceStatus status() {
		return ServiceStatus.valueOf(this.status);
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

}
