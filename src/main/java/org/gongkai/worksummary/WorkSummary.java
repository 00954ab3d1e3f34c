package org.gongkai.worksummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.platform.WorkFigure;

/** One agency's work summary for one period, with its figures as drafted or refreshed. */
@Entity
@Table(name = "ws_summary")
class WorkSummary {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	private String period;

	@Enumerated(EnumType.STRING)
	private SummaryState state;

	@Column(name = "work_text")
	private String work;

	@Column(name = "problems_text")
	private String problems;

	@Column(name = "plans_text")
	private String plans;

	@Column(name = "drafted_at")
	private Instant draftedAt;

	@Column(name = "drafted_by")
	private String draftedBy;

	@Column(name = "figures_at")
	private Instant figuresAt;

	@Column(name = "finalised_at")
	private Instant finalisedAt;

	@Column(name = "finalised_by")
	private String finalisedBy;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "summary_id", nullable = false)
	private List<SummaryFigure> figures = new ArrayList<>();

	protected WorkSummary() {
	}

	WorkSummary(long agencyId, String period, String work, String problems, String plans, List<WorkFigure> figures,
			Instant at, String by) {
		this.agencyId = agencyId;
		this.period = period;
		this.state = SummaryState.DRAFT;
		this.work = work;
		this.problems = problems;
		this.plans = plans;
		this.draftedAt = at;
		this.draftedBy = by;
		replaceFigures(figures, at);
	}

	void replaceFigures(List<WorkFigure> latest, Instant at) {
		this.figures.clear();
		int position = 0;
		for (WorkFigure figure : latest) {
			this.figures.add(new SummaryFigure(position++, figure));
		}
		this.figuresAt = at;
	}

	void edit(String work, String problems, String plans) {
		this.work = work;
		this.problems = problems;
		this.plans = plans;
	}

	void finalise(Instant at, String by) {
		this.state = SummaryState.FINAL;
		this.finalisedAt = at;
		this.finalisedBy = by;
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	String period() {
		return this.period;
	}

	SummaryState state() {
		return this.state;
	}

	String work() {
		return this.work;
	}

	String problems() {
		return this.problems;
	}

	String plans() {
		return this.plans;
	}

	Instant draftedAt() {
		return this.draftedAt;
	}

	String draftedBy() {
		return this.draftedBy;
	}

	Instant figuresAt() {
		return this.figuresAt;
	}

	Instant finalisedAt() {
		return this.finalisedAt;
	}

	String finalisedBy() {
		return this.finalisedBy;
	}

	List<WorkFigure> figures() {
		return this.figures.stream()
			.sorted(Comparator.comparingInt(SummaryFigure::position))
			.map(SummaryFigure::figure)
			.toList();
	}

}
