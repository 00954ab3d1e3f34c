package org.gongkai.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One run of the checks for one agency, with its findings as found. */
@Entity
@Table(name = "ins_run")
class InspectionRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "ran_at")
	private Instant ranAt;

	@Column(name = "trigger_by")
	private String triggerBy;

	private String actor;

	private int vetoes;

	private int total;

	private int fresh;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "run_id", nullable = false)
	@OrderBy("position")
	private List<RunFinding> findings = new ArrayList<>();

	protected InspectionRun() {
	}

	InspectionRun(long agencyId, Instant ranAt, String triggerBy, String actor, List<InspectionFinding> found,
			int fresh) {
		this.fresh = fresh;
		this.agencyId = agencyId;
		this.ranAt = ranAt;
		this.triggerBy = triggerBy;
		this.actor = actor;
		int position = 0;
		for (InspectionFinding finding : found) {
			this.findings.add(new RunFinding(++position, finding));
		}
		this.total = found.size();
		this.vetoes = (int) found.stream().filter(InspectionFinding::veto).count();
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	Instant ranAt() {
		return this.ranAt;
	}

	String triggerBy() {
		return this.triggerBy;
	}

	int vetoes() {
		return this.vetoes;
	}

	int total() {
		return this.total;
	}

	/** How many of its findings the agency's previous run did not have. */
	int fresh() {
		return this.fresh;
	}

	List<InspectionFinding> findings() {
		return this.findings.stream().map(RunFinding::finding).toList();
	}

}
