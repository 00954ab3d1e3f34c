package org.gongkai.powers;

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

/**
 * A version of an agency's power list: the working copy (no number yet) or a published
 * version with its number and date.
 */
@Entity
@Table(name = "pow_version")
class PowerListVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "version_no")
	private Integer number;

	private String status;

	private String remark;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "pow_item", joinColumns = @JoinColumn(name = "version_id"))
	@OrderColumn(name = "position")
	private List<PowerItem> items = new ArrayList<>();

	@Version
	private long version;

	protected PowerListVersion() {
	}

	PowerListVersion(long agencyId, List<PowerItem> items, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.status = ListStatus.DRAFT.name();
		this.items.addAll(items);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void submit(String remark) {
		this.status = ListStatus.IN_REVIEW.name();
		this.remark = remark;
		this.reviewNote = null;
	}

	void returnToDraft(String note) {
		this.status = ListStatus.DRAFT.name();
		this.reviewNote = note;
	}

	void publish(int number, LocalDate on, String by) {
		this.status = ListStatus.PUBLISHED.name();
		this.number = number;
		this.publishedOn = on;
		this.publishedBy = by;
		this.reviewNote = null;
	}

	void replaceItems(List<PowerItem> list) {
		this.items.clear();
		this.items.addAll(list);
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	Integer number() {
		return this.number;
	}

	ListStatus status() {
		return ListStatus.valueOf(this.status);
	}

	String remark() {
		return (this.remark == null) ? "" : this.remark;
	}

	String reviewNote() {
		return this.reviewNote;
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

	List<PowerItem> items() {
		return this.items;
	}

}
