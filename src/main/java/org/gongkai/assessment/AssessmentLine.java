package org.gongkai.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongkai.assessment.rules.Scoring;

/**
 * One item's scores in an assessment: the agency's own points and note, the office's
 * points and reason (computed from the findings or entered), and the evidence file.
 */
@Entity
@Table(name = "asm_line")
class AssessmentLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id")
	private long itemId;

	@Column(name = "self_points")
	private BigDecimal selfPoints;

	@Column(name = "self_note")
	private String selfNote;

	private BigDecimal points;

	private String reason;

	private Integer findings;

	@Column(name = "evidence_sha")
	private String evidenceSha;

	@Column(name = "evidence_name")
	private String evidenceName;

	@Column(name = "evidence_type")
	private String evidenceType;

	@Column(name = "evidence_by")
	private String evidenceBy;

	protected AssessmentLine() {
	}

	AssessmentLine(long itemId) {
		this.itemId = itemId;
	}

	Long id() {
		return this.id;
	}

	long itemId() {
		return this.itemId;
	}

	BigDecimal selfPoints() {
		return this.selfPoints;
	}

	String selfNote() {
		return this.selfNote;
	}

	BigDecimal points() {
		return this.points;
	}

	String reason() {
		return this.reason;
	}

	Integer findings() {
		return this.findings;
	}

	String evidenceSha() {
		return this.evidenceSha;
	}

	String evidenceName() {
		return this.evidenceName;
	}

	String evidenceType() {
		return this.evidenceType;
	}

	void self(BigDecimal points, String note) {
		this.selfPoints = points;
		this.selfNote = note;
	}

	void score(BigDecimal points, String reason, Integer findings) {
		this.points = points;
		this.reason = reason;
		this.findings = findings;
	}

	void evidence(String sha, String name, String type, String by) {
		this.evidenceSha = sha;
		this.evidenceName = name;
		this.evidenceType = type;
		this.evidenceBy = by;
	}

	String auditSummary() {
		return "self=" + Scoring.text(this.selfPoints) + ", points=" + Scoring.text(this.points)
				+ ((this.reason != null) ? ", reason=" + this.reason : "")
				+ ((this.evidenceSha != null) ? ", evidence=" + this.evidenceSha : "");
	}

}
