package org.gongkai.services;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A service point of an agency: its 为民服务中心, or a village's 便民服务站 ({@code villageId}),
 * with the agency's items handled there.
 */
@Entity
@Table(name = "svc_point")
class ServicePoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "village_id")
	private Long villageId;

	private String name;

	private String address;

	private String hours;

	private String phone;

	@ElementCollection
	@CollectionTable(name = "svc_point_item", joinColumns = @JoinColumn(name = "point_id"))
	@Column(name = "item_id")
	private Set<Long> itemIds = new LinkedHashSet<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected ServicePoint() {
	}

	ServicePoint(long agencyId, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void fill(Long villageId, String name, String address, String hours, String phone, Set<Long> items) {
		this.villageId = villageId;
		this.name = name;
		this.address = address;
		this.hours = hours;
		this.phone = phone;
		this.itemIds.clear();
		this.itemIds.addAll(items);
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	Long villageId() {
		return this.villageId;
	}

	String name() {
		return this.name;
	}

	String address() {
		return this.address;
	}

	String hours() {
		return this.hours;
	}

	String phone() {
		return this.phone;
	}

	Set<Long> itemIds() {
		return this.itemIds;
	}

}
