package org.gongkai.annualreport;

import java.math.BigDecimal;

import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.audit.AuditLog;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the annual report (docs/legal-rules.md, Annual report): the narrative sections
 * and the office's entries of table 二, typed or imported from CSV, while the report is
 * not published. Every change is audited.
 */
@Service
public class ReportWriting {

	/** At most this many characters per narrative section. */
	static final int MAX_SECTION = 20_000;

	static final long MAX_COUNT = 1_000_000_000L;

	static final BigDecimal MAX_FEES_WAN = new BigDecimal("100000000");

	private final AnnualReports reports;

	private final ReportAccess access;

	private final AuditLog audit;

	ReportWriting(AnnualReports reports, ReportAccess access, AuditLog audit) {
		this.reports = reports;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * Saves the narrative sections (plain text; control characters other than line breaks
	 * are removed).
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 * @throws RuleViolationException if the report is published or a section is too long
	 */
	@Transactional
	public void saveNarrative(String creditCode, int year, Narrative narrative) {
		AgencySummary agency = this.access.agency(creditCode);
		this.access.requireYear(year);
		this.access.requireEditor(agency.id());
		Narrative clean = new Narrative(section(narrative.overview(), "overview"),
				section(narrative.problems(), "problems"), section(narrative.otherMatters(), "otherMatters"));
		AnnualReport report = editable(agency.id(), year);
		String before = report.auditSummary();
		report.write(clean, this.access.now());
		this.audit.record(report.audited("annualreport.narrative-saved", before));
	}

	/**
	 * Saves the entered figures of table 二 and, optionally, last year's row 四.
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 * @throws RuleViolationException naming the first invalid field, or if published
	 */
	@Transactional
	public void saveEntries(String creditCode, int year, Entries entries) {
		AgencySummary agency = this.access.agency(creditCode);
		this.access.requireYear(year);
		this.access.requireEditor(agency.id());
		check(entries);
		AnnualReport report = editable(agency.id(), year);
		String before = report.auditSummary();
		report.enter(entries, this.access.now());
		this.audit.record(report.audited("annualreport.entries-saved", before));
	}

	/**
	 * Imports the four figures of table 二 from a CSV file (UTF-8 with or without BOM, or
	 * GB18030; {@link EntriesFile}): one line per figure, {@code 行政许可,12} (or
	 * {@code licensing,12}, or with a full-width comma); lines not given keep their saved
	 * value.
	 * @throws RuleViolationException naming the first unreadable line, or as
	 * {@link #saveEntries}
	 */
	@Transactional
	public void importEntries(String creditCode, int year, byte[] csv) {
		AgencySummary agency = this.access.agency(creditCode);
		this.access.requireYear(year);
		this.access.requireEditor(agency.id());
		AnnualReport existing = this.reports.findByAgencyIdAndYear(agency.id(), year).orElse(null);
		Entries entries = (existing != null) ? existing.entries() : Entries.NONE;
		entries = EntriesFile.apply(csv, entries);
		check(entries);
		AnnualReport report = editable(agency.id(), year);
		String before = report.auditSummary();
		report.enter(entries, this.access.now());
		this.audit.record(report.audited("annualreport.entries-imported", before));
	}

	private AnnualReport editable(long agencyId, int year) {
		AnnualReport report = this.reports.lockByAgencyIdAndYear(agencyId, year)
			.orElseGet(() -> this.reports.save(new AnnualReport(agencyId, year, this.access.now())));
		if (report.published()) {
			throw new RuleViolationException("annualreport.frozen", "Report " + year + " is published",
					String.valueOf(year));
		}
		return report;
	}

	private static void check(Entries entries) {
		count(entries.licensing(), "licensing");
		count(entries.penalties(), "penalties");
		count(entries.enforcement(), "enforcement");
		BigDecimal fees = entries.feesWan();
		if (fees != null && (fees.signum() < 0 || fees.scale() > 4 || fees.compareTo(MAX_FEES_WAN) >= 0)) {
			throw new RuleViolationException("annualreport.entries.feesWan.invalid", "Invalid fees");
		}
		long[] prior = entries.priorCarryOut();
		if (prior != null) {
			long sum = 0;
			boolean valid = prior.length == Table3.COLUMNS.size();
			for (int c = 0; valid && c < prior.length; c++) {
				valid = prior[c] >= 0 && prior[c] < MAX_COUNT;
				sum += (c < Table3.TOTAL) ? prior[c] : 0;
			}
			if (!valid || sum != prior[Table3.TOTAL]) {
				throw new RuleViolationException("annualreport.entries.priorCarryOut.invalid",
						"Invalid prior carry-out");
			}
		}
	}

	private static void count(Long value, String field) {
		if (value != null && (value < 0 || value >= MAX_COUNT)) {
			throw new RuleViolationException("annualreport.entries." + field + ".invalid", "Invalid " + field);
		}
	}

	/** Plain text: no NUL or other control characters but line breaks and tabs. */
	static String section(String text, String field) {
		if (text == null) {
			return null;
		}
		String clean = Text.clean(text);
		if (clean.length() > MAX_SECTION) {
			throw new RuleViolationException("annualreport.narrative." + field + ".too-long", "Section too long",
					String.valueOf(MAX_SECTION));
		}
		return clean;
	}

}
