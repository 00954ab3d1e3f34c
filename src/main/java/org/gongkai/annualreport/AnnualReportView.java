package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * One agency's report for one year as a page shows it.
 *
 * @param agency the reporting agency
 * @param year the report year
 * @param status not started, draft or published
 * @param edition the published edition (0 before publication; 2 and up after a corrected
 * re-publication)
 * @param publishedOn the day first published, or {@code null}
 * @param dueOn the publication deadline (31 January of the next year; 31 March for a
 * county government's own report)
 * @param late published after {@code dueOn}, or not published and {@code dueOn} passed
 * @param narrative the sections people write; before anyone saved them, a draft made from
 * the year's figures
 * @param narrativeDrafted whether {@code narrative} is the generated draft
 * @param entries what the office entered
 * @param figures the tables: frozen once published, else computed now
 * @param current for a published report with corrections, the tables the records give
 * now; else {@code null}
 * @param checks the report checks on {@code figures} (docs/legal-rules.md, Annual report)
 * @param corrections the corrections logged since publication, oldest first
 * @param editable whether the signed-in user may change the narrative and entries
 * @param publishable whether the signed-in user may publish (or re-publish) now
 */
public record AnnualReportView(AgencySummary agency, int year, ReportStatus status, int edition, LocalDate publishedOn,
		LocalDate dueOn, boolean late, Narrative narrative, boolean narrativeDrafted, Entries entries,
		ReportFigures figures, ReportFigures current, List<Check> checks, List<CorrectionView> corrections,
		boolean editable, boolean publishable) {

	/** Whether every check passes (warnings pass). */
	public boolean checksPass() {
		return this.checks.stream().allMatch(Check::ok);
	}

	/** Whether the report is published. */
	public boolean published() {
		return this.status == ReportStatus.PUBLISHED;
	}

	/**
	 * The report as it would be published now: with the tables the records give now when
	 * a corrected edition is pending, else as it is.
	 */
	public AnnualReportView asItWouldBePublished() {
		if (this.current == null) {
			return this;
		}
		return new AnnualReportView(this.agency, this.year, this.status, this.edition, this.publishedOn, this.dueOn,
				this.late, this.narrative, this.narrativeDrafted, this.entries, this.current, null, this.checks,
				this.corrections, this.editable, this.publishable);
	}

}
