package org.gongkai.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.assessment.rules.PeriodKind;

/** A scheme (考核方案) of an office for a period kind and year: items and vetoes. */
@Entity
@Table(name = "asm_scheme")
class Scheme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_agency_id")
	private long ownerAgencyId;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_kind")
	private PeriodKind periodKind;

	@Column(name = "period_year")
	private int periodYear;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "scheme_id", nullable = false)
	@OrderBy("position, id")
	private List<SchemeItem> items = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "scheme_id", nullable = false)
	@OrderBy("position, id")
	private List<SchemeVeto> vetoes = new ArrayList<>();

	protected Scheme() {
	}

	Scheme(long ownerAgencyId, String name, PeriodKind periodKind, int periodYear, Instant createdAt,
			String createdBy) {
		this.ownerAgencyId = ownerAgencyId;
		this.name = name;
		this.periodKind = periodKind;
		this.periodYear = periodYear;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	Long id() {
		return this.id;
	}

	long ownerAgencyId() {
		return this.ownerAgencyId;
	}

	String name() {
		return this.name;
	}

	void rename(String name) {
		this.name = name;
	}

	PeriodKind periodKind() {
		return this.periodKind;
	}

	int periodYear() {
		return this.periodYear;
	}

	List<SchemeItem> items() {
		return this.items;
	}

	List<SchemeVeto> vetoes() {
		return this.vetoes;
	}

	int nextItemPosition() {
		return this.items.stream().mapToInt(SchemeItem::position).max().orElse(0) + 1;
	}

	int nextVetoPosition() {
		return this.vetoes.stream().mapToInt(SchemeVeto::position).max().orElse(0) + 1;
	}

	String auditSummary() {
		return "name=" + this.name + ", period=" + this.periodKind + " " + this.periodYear + ", items="
				+ this.items.size() + ", vetoes=" + this.vetoes.size();
	}

}
