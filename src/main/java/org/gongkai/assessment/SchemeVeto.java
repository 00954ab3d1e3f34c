package org.gongkai.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongkai.assessment.rules.Scoring;

/**
 * A veto rule of a scheme: a VETO finding of its rule (or, without a rule, the office's
 * ticking the named item) lowers the total to its ceiling (zero fails outright).
 */
@Entity
@Table(name = "asm_veto")
class SchemeVeto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String title;

	private String rule;

	private BigDecimal ceiling;

	protected SchemeVeto() {
	}

	SchemeVeto(int position, String title, String rule, BigDecimal ceiling) {
		this.position = position;
		this.title = title;
		this.rule = rule;
		this.ceiling = ceiling;
	}

	Long id() {
		return this.id;
	}

	int position() {
		return this.position;
	}

	String title() {
		return this.title;
	}

	String rule() {
		return this.rule;
	}

	BigDecimal ceiling() {
		return this.ceiling;
	}

	VetoView view() {
		return new VetoView(this.id, this.title, this.rule, Scoring.scale(this.ceiling));
	}

	String auditSummary() {
		return "title=" + this.title + ", rule=" + ((this.rule != null) ? this.rule : "manual") + ", ceiling="
				+ Scoring.text(this.ceiling);
	}

}
