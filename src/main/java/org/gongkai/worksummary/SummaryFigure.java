package org.gongkai.worksummary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongkai.platform.WorkFigure;

/** One figure of a summary's snapshot, as its source gave it. */
@Entity
@Table(name = "ws_figure")
class SummaryFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Enumerated(EnumType.STRING)
	private WorkFigure.Section section;

	@Column(name = "sort_order")
	private int sortOrder;

	@Column(name = "figure_key")
	private String key;

	@Column(name = "figure_value")
	private long value;

	@Enumerated(EnumType.STRING)
	private WorkFigure.Unit unit;

	private String href;

	protected SummaryFigure() {
	}

	SummaryFigure(int position, WorkFigure figure) {
		this.position = position;
		this.section = figure.section();
		this.sortOrder = figure.order();
		this.key = figure.key();
		this.value = figure.value();
		this.unit = figure.unit();
		this.href = figure.href();
	}

	int position() {
		return this.position;
	}

	WorkFigure figure() {
		return new WorkFigure(this.section, this.sortOrder, this.key, this.value, this.unit, this.href);
	}

}
