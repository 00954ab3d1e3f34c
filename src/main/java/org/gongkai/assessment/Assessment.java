package org.gongkai.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.assessment.rules.Scoring;

/** One agency's assessment for one period under one scheme. */
@Entity
@Table(name = "asm_assessment")
class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "scheme_id")
	private long schemeId;

	@Column(name = "owner_agency_id")
	private long ownerAgencyId;

	@Column(name = "agency_id")
	private long agencyId;

	private String period;

	@Enumerated(EnumType.STRING)
	private AssessmentState state;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "opened_by")
	private String openedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "scored_at")
	private Instant scoredAt;

	private Integer runs;

	@Column(name = "finalised_at")
	private Instant finalisedAt;

	@Column(name = "finalised_by")
	private String finalisedBy;

	private BigDecimal total;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "assessment_id", nullable = false)
	private List<AssessmentLine> lines = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "assessment_id", nullable = false)
	private List<VetoHit> hits = new ArrayList<>();

	protected Assessment() {
	}

	Assessment(long schemeId, long ownerAgencyId, long agencyId, String period, Instant openedAt, String openedBy) {
		this.schemeId = schemeId;
		this.ownerAgencyId = ownerAgencyId;
		this.agencyId = agencyId;
		this.period = period;
		this.state = AssessmentState.SELF_ASSESSMENT;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
	}

	Long id() {
		return this.id;
	}

	long schemeId() {
		return this.schemeId;
	}

	long ownerAgencyId() {
		return this.ownerAgencyId;
	}

	long agencyId() {
		return this.agencyId;
	}

	String period() {
		return this.period;
	}

	AssessmentState state() {
		return this.state;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	Instant scoredAt() {
		return this.scoredAt;
	}

	Integer runs() {
		return this.runs;
	}

	Instant finalisedAt() {
		return this.finalisedAt;
	}

	BigDecimal total() {
		return this.total;
	}

	List<AssessmentLine> lines() {
		return this.lines;
	}

	List<VetoHit> hits() {
		return this.hits;
	}

	/** The line of an item, created when missing. */
	AssessmentLine line(long itemId) {
		return find(itemId).orElseGet(() -> {
			AssessmentLine line = new AssessmentLine(itemId);
			this.lines.add(line);
			return line;
		});
	}

	Optional<AssessmentLine> find(long itemId) {
		return this.lines.stream().filter((l) -> l.itemId() == itemId).findFirst();
	}

	Optional<VetoHit> hit(long vetoId) {
		return this.hits.stream().filter((h) -> h.vetoId() == vetoId).findFirst();
	}

	void submit(Instant at, String by) {
		this.state = AssessmentState.SUBMITTED;
		this.submittedAt = at;
		this.submittedBy = by;
	}

	void scored(Instant at, int runs) {
		this.scoredAt = at;
		this.runs = runs;
	}

	void finalise(Instant at, String by, BigDecimal total) {
		this.state = AssessmentState.FINAL;
		this.finalisedAt = at;
		this.finalisedBy = by;
		this.total = Scoring.scale(total);
	}

	/** Back to the office's scoring (the scheme changed after it was finalised). */
	void reopen() {
		this.state = (this.submittedAt != null) ? AssessmentState.SUBMITTED : AssessmentState.SELF_ASSESSMENT;
		this.finalisedAt = null;
		this.finalisedBy = null;
		this.total = null;
	}

	String auditSummary() {
		return "period=" + this.period + ", state=" + this.state
				+ ((this.total != null) ? ", total=" + Scoring.text(this.total) : "");
	}

}
