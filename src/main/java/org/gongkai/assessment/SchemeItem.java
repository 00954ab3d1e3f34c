package org.gongkai.assessment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongkai.assessment.rules.Scoring;

/** An item of a scheme: its section, title, maximum and how it is scored. */
@Entity
@Table(name = "asm_item")
class SchemeItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String section;

	private String title;

	@Column(name = "max_points")
	private BigDecimal maxPoints;

	@Enumerated(EnumType.STRING)
	private ScoringMethod method;

	private String rules;

	@Column(name = "per_finding")
	private BigDecimal perFinding;

	private BigDecimal cap;

	protected SchemeItem() {
	}

	SchemeItem(int position, ItemData data) {
		this.position = position;
		change(data);
	}

	void change(ItemData data) {
		this.section = data.section();
		this.title = data.title();
		this.maxPoints = data.maxPoints();
		this.method = data.method();
		boolean computed = data.method() == ScoringMethod.COMPUTED;
		this.rules = computed ? String.join(",", data.rules()) : null;
		this.perFinding = computed ? data.perFinding() : null;
		this.cap = computed ? data.cap() : null;
	}

	Long id() {
		return this.id;
	}

	int position() {
		return this.position;
	}

	ItemData data() {
		return new ItemData(this.section, this.title, this.maxPoints, this.method, rules(), this.perFinding, this.cap);
	}

	List<String> rules() {
		return (this.rules == null || this.rules.isEmpty()) ? List.of() : Arrays.asList(this.rules.split(","));
	}

	ItemView view() {
		return new ItemView(this.id, this.section, this.title, Scoring.scale(this.maxPoints), this.method, rules(),
				(this.perFinding != null) ? Scoring.scale(this.perFinding) : null,
				(this.cap != null) ? Scoring.scale(this.cap) : null);
	}

	String auditSummary() {
		return "section=" + this.section + ", title=" + this.title + ", max=" + Scoring.text(this.maxPoints)
				+ ", method=" + this.method + ((this.method == ScoringMethod.COMPUTED) ? ", rules=" + this.rules
						+ ", per=" + Scoring.text(this.perFinding) + ", cap=" + Scoring.text(this.cap) : "");
	}

}
