package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.rules.DraftPlaceholders;
import org.gongkai.audit.AuditLog;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing the annual report (Regulations art. 49; docs/legal-rules.md, Annual report):
 * a leader publishes it, or a corrected edition, once the year is over and every section,
 * entry and check is in order and no prompt of the draft is left in the text; the tables
 * are frozen as computed at that moment. The pages show the documents first and ask for
 * confirmation on a page of its own.
 */
@Service
public class ReportPublishing {

	private final AnnualReports reports;

	private final ReportCorrections corrections;

	private final ReportCalculator calculator;

	private final ReportChecking checking;

	private final AgencyAccess agencyAccess;

	private final ReportAccess access;

	private final AuditLog audit;

	private final ReportLayout layout;

	ReportPublishing(AnnualReports reports, ReportCorrections corrections, ReportCalculator calculator,
			ReportChecking checking, AgencyAccess agencyAccess, ReportAccess access, AuditLog audit,
			ReportLayout layout) {
		this.layout = layout;
		this.reports = reports;
		this.corrections = corrections;
		this.calculator = calculator;
		this.checking = checking;
		this.agencyAccess = agencyAccess;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * A leader publishes the report (or, after corrections, a corrected edition): the
	 * year must be over, every section written, every entry made and every check passed;
	 * no prompt of the draft (（请据实…）) may be left in any section; the tables are frozen
	 * as computed now.
	 * @throws ForbiddenException unless the user is a leader of the agency
	 * @throws RuleViolationException if a condition fails (the message names it)
	 */
	@Transactional
	public void publish(String creditCode, int year) {
		AgencySummary agency = this.access.agency(creditCode);
		this.access.requireYear(year);
		this.agencyAccess.require(Role.LEADER, agency.id());
		if (year >= this.access.today().getYear()) {
			throw new RuleViolationException("annualreport.publish.year-open", "Year " + year + " not over",
					String.valueOf(year));
		}
		AnnualReport report = this.reports.lockByAgencyIdAndYear(agency.id(), year)
			.orElseThrow(() -> new RuleViolationException("annualreport.publish.narrative-missing",
					"Nothing written for " + year));
		if (report.published() && this.corrections.pending(report).isEmpty()) {
			throw new RuleViolationException("annualreport.publish.already", "Already published, no corrections");
		}
		if (!report.narrative().complete()) {
			throw new RuleViolationException("annualreport.publish.narrative-missing", "Narrative incomplete");
		}
		List<DraftPrompt> prompts = promptsLeft(report.narrative());
		if (!prompts.isEmpty()) {
			throw new RuleViolationException("annualreport.publish.placeholder",
					"Draft prompts left: " + prompts.size(), describe(prompts));
		}
		ReportFigures figures = this.calculator.computeOne(agency.id(), year, report);
		if (!figures.table2().entered()) {
			throw new RuleViolationException("annualreport.publish.entries-missing", "Table 二 entries missing");
		}
		List<Check> failed = this.checking.checks(agency.id(), year, figures, report)
			.stream()
			.filter((c) -> !c.ok())
			.toList();
		if (!failed.isEmpty()) {
			throw new RuleViolationException("annualreport.publish.checks-failed",
					"Checks failed: " + failed.stream().map(Check::rule).toList(),
					failed.stream().map(Check::detail).collect(Collectors.joining("；")));
		}
		String before = report.auditSummary();
		report.publish(ReportCalculator.freeze(figures), this.access.today(), ReportAccess.actor(), this.access.now());
		this.audit.record(
				report.audited(report.edition() > 1 ? "annualreport.republished" : "annualreport.published", before));
	}

	/**
	 * The prompts of the draft still in the narrative, section by section in report order
	 * (一, 五, 六); empty when there are none.
	 */
	public List<DraftPrompt> promptsLeft(Narrative narrative) {
		List<String> titles = this.layout.sectionTitles();
		List<DraftPrompt> prompts = new ArrayList<>();
		add(prompts, titles.get(0), narrative.overview());
		add(prompts, titles.get(4), narrative.problems());
		add(prompts, titles.get(5), narrative.otherMatters());
		return prompts;
	}

	/** The prompts as one sentence naming where each stands. */
	public String describe(List<DraftPrompt> prompts) {
		return prompts.stream()
			.map((p) -> this.layout.m("annualreport.publish.placeholder.at", p.section(), p.text()))
			.collect(Collectors.joining("；"));
	}

	private static void add(List<DraftPrompt> prompts, String section, String text) {
		DraftPlaceholders.in(text).forEach((t) -> prompts.add(new DraftPrompt(section, t)));
	}

}
