package org.gongkai.catalog;

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
@Table(name = "cat_column")
class CatalogColumn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "parent_id")
	private Long parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private ColumnKind kind;

	private boolean hidden;

	@Enumerated(EnumType.STRING)
	private ColumnSection section = ColumnSection.DISCLOSURE;

	@Column(name = "sort_order")
	private int sortOrder;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected CatalogColumn() {
	}

	CatalogColumn(long agencyId, Long parentId, String code, String name, ColumnKind kind, ColumnSection section,
			int sortOrder, Instant now) {
		this.agencyId = agencyId;
		this.section = section;
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.sortOrder = sortOrder;
		this.createdAt = now;
		this.updatedAt = now;
	}

	String code() {
		return this.code;
	}

	ColumnSection section() {
		return this.section;
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	Long parentId() {
		return this.parentId;
	}

	String name() {
		return this.name;
	}

	boolean hidden() {
		return this.hidden;
	}

	int sortOrder() {
		return this.sortOrder;
	}

	void rename(String name, Instant now) {
		this.name = name;
		this.updatedAt = now;
	}

	void setHidden(boolean hidden, Instant now) {
		this.hidden = hidden;
		this.updatedAt = now;
	}

	void setSortOrder(int sortOrder, Instant now) {
		this.sortOrder = sortOrder;
		this.updatedAt = now;
	}

	/** The node as shown, in {@code section}: a column is in its first-level column's. */
	ColumnNode node(int depth, ColumnSection section) {
		return new ColumnNode(this.id, this.parentId, depth, this.code, this.name, this.kind, this.hidden, section);
	}

	String auditSummary() {
		return "agencyId=" + this.agencyId + ", parentId=" + this.parentId + ", code=" + this.code + ", name="
				+ this.name + ", kind=" + this.kind + ", hidden=" + this.hidden + ", section=" + this.section
				+ ", sortOrder=" + this.sortOrder;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
