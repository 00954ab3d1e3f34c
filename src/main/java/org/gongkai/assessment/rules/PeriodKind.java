package org.gongkai.assessment.rules;

/** How long an assessment period is. */
public enum PeriodKind {

	/** A quarter, {@code 2026Q3}. */
	QUARTER,

	/** A half-year, {@code 2026H1}. */
	HALF,

	/** A year, {@code 2026}. */
	YEAR

}
