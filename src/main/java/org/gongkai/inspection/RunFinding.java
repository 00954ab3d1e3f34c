package org.gongkai.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finding of a run, as stored. */
@Entity
@Table(name = "ins_finding")
class RunFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String rule;

	private String severity;

	private String title;

	@Column(name = "object_type")
	private String objectType;

	@Column(name = "object_id")
	private String objectId;

	private String url;

	protected RunFinding() {
	}

	RunFinding(int position, InspectionFinding finding) {
		this.position = position;
		this.rule = finding.rule();
		this.severity = finding.severity();
		this.title = finding.title();
		this.objectType = finding.objectType();
		this.objectId = finding.objectId();
		this.url = finding.url();
	}

	InspectionFinding finding() {
		return new InspectionFinding(this.rule, this.severity, this.title, this.objectType, this.objectId, this.url);
	}

}
