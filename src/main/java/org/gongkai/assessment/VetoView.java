package org.gongkai.assessment;

import java.math.BigDecimal;

import org.gongkai.assessment.rules.Scoring;

/**
 * A veto rule of a scheme.
 *
 * @param id its id
 * @param title what it is about
 * @param rule the inspection rule whose VETO findings set it off ({@code ANY} for any
 * VETO finding), or {@code null} for a named item the office ticks
 * @param ceiling the total's ceiling when it applies (zero: fails outright)
 */
public record VetoView(long id, String title, String rule, BigDecimal ceiling) {

	/** Whether the office ticks it by hand. */
	public boolean manual() {
		return this.rule == null;
	}

	/** Whether it sets the total to zero. */
	public boolean zero() {
		return this.ceiling.signum() == 0;
	}

	/** The ceiling as written. */
	public String ceilingText() {
		return Scoring.text(this.ceiling);
	}

}
