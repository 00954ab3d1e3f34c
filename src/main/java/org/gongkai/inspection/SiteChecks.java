package org.gongkai.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.AnnualReportView;
import org.gongkai.annualreport.ReportReading;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.concerns.ConcernTiming;
import org.gongkai.concerns.Concerns;
import org.gongkai.fiscal.FiscalCompleteness;
import org.gongkai.fiscal.FundCompleteness;
import org.gongkai.fiscal.FundPart;
import org.gongkai.inspection.rules.ColumnChecks;
import org.gongkai.inspection.rules.Deadlines;
import org.gongkai.inspection.rules.ExternalLinks;
import org.gongkai.inspection.rules.InternalLinks;
import org.gongkai.inspection.rules.RuleCode;
import org.gongkai.inspection.rules.Severity;
import org.gongkai.inspection.rules.Wording;
import org.gongkai.mailbox.LetterTiming;
import org.gongkai.mailbox.LetterTimeliness;
import org.gongkai.publication.PolicyInterpretations;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationSummary;
import org.gongkai.request.CaseWorklists;
import org.gongkai.request.Dashboard;
import org.gongkai.services.IncompleteGuide;
import org.gongkai.services.ServiceGuides;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs every check for one agency and returns its findings, vetoes first. Reads the other
 * modules through their system readings (no signed-in user); who may see the result is
 * the caller's business.
 */
@Component
class SiteChecks {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CatalogManagement catalog;

	private final PublicationQueries publications;

	private final PolicyInterpretations interpretations;

	private final CaseWorklists cases;

	private final LetterTimeliness letters;

	private final ReportReading reports;

	private final AgencyManagement agencies;

	private final InspectionWording wording;

	private final MessageSource messages;

	private final ExternalLinkChecker external;

	private final SiteProbe probe;

	private final Concerns concerns;

	private final ServiceGuides services;

	private final FiscalCompleteness fiscal;

	private final Clock clock;

	SiteChecks(CatalogManagement catalog, PublicationQueries publications, PolicyInterpretations interpretations,
			CaseWorklists cases, LetterTimeliness letters, ReportReading reports, AgencyManagement agencies,
			InspectionWording wording, MessageSource messages, ExternalLinkChecker external, SiteProbe probe,
			Concerns concerns, ServiceGuides services, FiscalCompleteness fiscal, Clock clock) {
		this.catalog = catalog;
		this.publications = publications;
		this.interpretations = interpretations;
		this.cases = cases;
		this.letters = letters;
		this.reports = reports;
		this.agencies = agencies;
		this.wording = wording;
		this.messages = messages;
		this.external = external;
		this.probe = probe;
		this.concerns = concerns;
		this.services = services;
		this.fiscal = fiscal;
		this.clock = clock;
	}

	List<InspectionFinding> run(AgencySummary agency) {
		LocalDate today = LocalDate.now(this.clock);
		List<InspectionFinding> out = new ArrayList<>();
		List<PublicationItem> items = this.publications.publishedOf(agency.id());
		List<ColumnNode> columns = this.catalog.publicTree(agency.id());
		columns(agency, columns, items, today, out);
		ExternalLinkChecker.Run links = this.external.enabled() ? this.external.start() : null;
		items(agency, items, links, out);
		for (PublicationSummary policy : this.interpretations.missingInterpretationsOf(agency.id())) {
			out.add(finding(RuleCode.MISSING_INTERPRETATION, "Publication", policy.id(),
					"/admin/publications/" + policy.id(), policy.title()));
		}
		for (Dashboard.Row row : this.cases.overdueOf(agency.id())) {
			out.add(finding(RuleCode.REQUEST_OVERDUE, "Request", row.id(), "/admin/requests/" + row.id(),
					row.trackingNo(), row.due()));
		}
		letters(agency, today, out);
		concerns(agency, out);
		guide(agency, today, out);
		annualReport(agency, today, out);
		availability(agency, out);
		serviceGuides(agency, out);
		funds(agency, today, out);
		out.sort(Comparator.comparing((InspectionFinding f) -> Severity.valueOf(f.severity()))
			.thenComparing((f) -> RuleCode.valueOf(f.rule())));
		return out;
	}

	private void columns(AgencySummary agency, List<ColumnNode> columns, List<PublicationItem> items, LocalDate today,
			List<InspectionFinding> out) {
		Map<Long, LocalDate> lastUpdate = new HashMap<>();
		Set<Long> holding = new HashSet<>();
		LocalDate newest = null;
		for (PublicationItem item : items) {
			holding.add(item.columnId());
			if (item.publishedOn() != null) {
				lastUpdate.merge(item.columnId(), item.publishedOn(), (a, b) -> a.isAfter(b) ? a : b);
				newest = (newest == null || item.publishedOn().isAfter(newest)) ? item.publishedOn() : newest;
			}
		}
		if (ColumnChecks.homeStale(newest, today)) {
			out.add(finding(RuleCode.HOME_STALE, "Agency", agency.id(), "/agencies/" + agency.creditCode(),
					agency.name(), (newest != null) ? newest : "—"));
		}
		Set<Long> parents = new HashSet<>();
		columns.forEach((c) -> {
			if (c.parentId() != null) {
				parents.add(c.parentId());
			}
		});
		List<ColumnNode> stale = new ArrayList<>();
		List<ColumnNode> empty = new ArrayList<>();
		for (ColumnNode column : columns) {
			if (parents.contains(column.id()) || column.kind() == ColumnKind.STATIC || column.kind() == null) {
				continue;
			}
			if (!holding.contains(column.id())) {
				empty.add(column);
			}
			else if (ColumnChecks.silent(column.kind().updateWithin(), lastUpdate.get(column.id()), today)) {
				stale.add(column);
			}
		}
		int silentNews = (int) stale.stream().filter((c) -> c.kind() != ColumnKind.PLAN).count();
		Severity staleSeverity = ColumnChecks.staleSeverity(silentNews, stale.size());
		for (ColumnNode column : stale) {
			out.add(finding(RuleCode.COLUMN_STALE, staleSeverity, "Column", column.id(), columnUrl(agency, column),
					column.name(), lastUpdate.get(column.id())));
		}
		Severity emptySeverity = ColumnChecks.emptySeverity(empty.size());
		for (ColumnNode column : empty) {
			out.add(finding(RuleCode.COLUMN_EMPTY, emptySeverity, "Column", column.id(), columnUrl(agency, column),
					column.name()));
		}
	}

	private void items(AgencySummary agency, List<PublicationItem> items, ExternalLinkChecker.Run links,
			List<InspectionFinding> out) {
		Wording rules = this.wording.forAgency(agency.creditCode());
		Map<String, Set<Long>> columnsByAgency = new HashMap<>();
		for (PublicationItem item : items) {
			String url = "/admin/publications/" + item.id();
			if (item.madeOn() == null || item.publishedOn() == null) {
				out.add(finding(RuleCode.NO_DATE, "Publication", item.id(), url, item.title()));
			}
			else if (item.late()) {
				out.add(finding(RuleCode.LATE_PUBLICATION, "Publication", item.id(), url, item.title(), item.madeOn(),
						item.publishedOn()));
			}
			if (item.blocked()) {
				out.add(finding(RuleCode.PERSONAL_DATA, "Publication", item.id(), url, item.title()));
			}
			List<Wording.Rule> errors = new ArrayList<>(rules.errorsIn(item.title()));
			rules.errorsIn(item.bodyText()).stream().filter((r) -> !errors.contains(r)).forEach(errors::add);
			if (!errors.isEmpty()) {
				Wording.Rule first = errors.get(0);
				out.add(finding(RuleCode.WORDING, "Publication", item.id(), url, item.title(), first.wrong(),
						(first.right() != null) ? first.right() : "—"));
			}
			for (InternalLinks.Link link : InternalLinks.in(item.body())) {
				if (!resolves(link, columnsByAgency)) {
					out.add(finding(RuleCode.DEAD_LINK, "Publication", item.id() + "#" + link.href(), url, item.title(),
							link.href()));
				}
			}
			if (links != null) {
				for (String href : ExternalLinks.in(item.body())) {
					if (links.check(href).broken()) {
						out.add(finding(RuleCode.DEAD_LINK, "Publication", item.id() + "#" + href, url, item.title(),
								href));
					}
				}
			}
		}
	}

	private boolean resolves(InternalLinks.Link link, Map<String, Set<Long>> columnsByAgency) {
		return switch (link.target()) {
			case ITEM -> publicItem(link).isPresent();
			case ATTACHMENT -> publicItem(link)
				.map((item) -> item.attachments().stream().anyMatch((a) -> a.id() == link.attachmentId()))
				.orElse(false);
			case COLUMN -> columnsByAgency.computeIfAbsent(link.creditCode(), this::publicColumns).contains(link.id());
		};
	}

	private Optional<PublicationItem> publicItem(InternalLinks.Link link) {
		if (!this.publications.isPublic(link.id())) {
			return Optional.empty();
		}
		PublicationItem item = this.publications.publicItem(link.id());
		return item.creditCode().equals(link.creditCode()) ? Optional.of(item) : Optional.empty();
	}

	private Set<Long> publicColumns(String creditCode) {
		Set<Long> ids = new HashSet<>();
		this.agencies.findByCreditCode(creditCode)
			.ifPresent((a) -> this.catalog.publicTree(a.summary().id()).forEach((c) -> ids.add(c.id())));
		return ids;
	}

	private void letters(AgencySummary agency, LocalDate today, List<InspectionFinding> out) {
		for (LetterTiming letter : this.letters.ofAgency(agency.id())) {
			String url = "/admin/mailbox/letters/" + letter.id();
			if (Deadlines.unansweredThreeMonths(letter.receivedOn(), letter.repliedOn(), today)) {
				out.add(finding(RuleCode.LETTER_UNANSWERED_3M, "Letter", letter.id(), url, letter.trackingNo(),
						letter.receivedOn()));
			}
			else if (Deadlines.letterOverdue(letter.dueOn(), letter.repliedOn(), today)) {
				out.add(finding(RuleCode.LETTER_OVERDUE, "Letter", letter.id(), url, letter.trackingNo(),
						letter.dueOn()));
			}
		}
	}

	private void concerns(AgencySummary agency, List<InspectionFinding> out) {
		Instant now = Instant.now(this.clock);
		for (ConcernTiming concern : this.concerns.timingsOf(agency.id())) {
			if (Deadlines.responseOverdue(concern.dueAt(), concern.answeredAt(), now, this.clock.getZone())) {
				String due = LocalDateTime.ofInstant(concern.dueAt(), this.clock.getZone()).format(MINUTE);
				out.add(finding(RuleCode.RESPONSE_OVERDUE, "Concern", concern.id(), "/admin/concerns/" + concern.id(),
						concern.title(), due));
			}
		}
	}

	private void guide(AgencySummary agency, LocalDate today, List<InspectionFinding> out) {
		Instant guide = this.agencies.lastChanged(agency.id());
		Instant catalogue = this.catalog.lastChanged(agency.id());
		Instant last = (guide == null) ? catalogue
				: (catalogue == null || guide.isAfter(catalogue)) ? guide : catalogue;
		LocalDate day = (last != null) ? last.atZone(this.clock.getZone()).toLocalDate() : null;
		if (Deadlines.guideOutdated(day, today)) {
			out.add(finding(RuleCode.GUIDE_OUTDATED, "Agency", agency.id(), "/admin/catalog/" + agency.id(),
					agency.name(), (day != null) ? day : "—"));
		}
	}

	private void annualReport(AgencySummary agency, LocalDate today, List<InspectionFinding> out) {
		int year = today.getYear() - 1;
		Instant created = this.agencies.createdAt(agency.id());
		LocalDate createdOn = (created != null) ? created.atZone(this.clock.getZone()).toLocalDate() : null;
		if (!Deadlines.owesAnnualReport(agency.level(), createdOn, year)) {
			return;
		}
		LocalDate due = ReportReading.dueOn(agency, year);
		List<AnnualReportView> published = this.reports.publishedReports(agency.creditCode());
		Optional<AnnualReportView> last = published.stream().filter((r) -> r.year() == year).findFirst();
		String url = "/admin/annual-reports/" + agency.creditCode() + "/" + year;
		if (Deadlines.reportMissing(due, last.isPresent(), today)) {
			out.add(finding(RuleCode.ANNUAL_REPORT_MISSING, "AnnualReport", year, url, String.valueOf(year), due));
		}
		else if (last.isPresent() && Deadlines.reportLate(due, last.get().publishedOn())) {
			out.add(finding(RuleCode.ANNUAL_REPORT_LATE, "AnnualReport", year, url, String.valueOf(year),
					last.get().publishedOn()));
		}
	}

	/**
	 * The public site is the county's: a top-level agency (the government that runs it)
	 * answers for its availability.
	 */
	private void availability(AgencySummary agency, List<InspectionFinding> out) {
		if (agency.parentId() != null) {
			return;
		}
		SiteProbe.Window window = this.probe.window(Instant.now(this.clock));
		if (window.unavailable()) {
			out.add(finding(RuleCode.SITE_UNAVAILABLE, "Site", "public-site", "/", String.valueOf(window.failed()),
					String.valueOf(window.probes()), String.valueOf(window.percent())));
		}
	}

	/**
	 * Each published service guide missing elements (19号, 办事指南要素缺失): a deduction per
	 * item, its title naming the missing elements.
	 */
	private void serviceGuides(AgencySummary agency, List<InspectionFinding> out) {
		String separator = this.messages.getMessage("inspection.findings.list-separator", null, CHINESE);
		for (IncompleteGuide guide : this.services.incompleteOf(agency.id())) {
			out.add(finding(RuleCode.SERVICE_GUIDE_INCOMPLETE, "ServiceItem", guide.itemId(),
					"/admin/services/items/" + guide.itemId(), guide.name(), String.join(separator, guide.missing())));
		}
	}

	/**
	 * Each special fund of this or last year published without every part (the county
	 * schemes score a fund disclosed as its total only as incomplete): a deduction per
	 * fund, its title saying what is public and what is not. A fund not yet published is
	 * no finding (it is not owed yet as far as the platform knows).
	 */
	private void funds(AgencySummary agency, LocalDate today, List<InspectionFinding> out) {
		String separator = this.messages.getMessage("inspection.findings.list-separator", null, CHINESE);
		for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
			for (FundCompleteness fund : this.fiscal.year(agency.id(), year).funds()) {
				if (!fund.published() || fund.missing().isEmpty()) {
					continue;
				}
				out.add(finding(RuleCode.FUND_INCOMPLETE, "SpecialFund", fund.fundId(),
						"/admin/fiscal/funds/" + fund.fundId(), String.valueOf(fund.year()), fund.name(),
						parts(fund.disclosed(), separator), parts(fund.missing(), separator)));
			}
		}
	}

	private String parts(java.util.Set<FundPart> parts, String separator) {
		return parts.stream()
			.sorted()
			.map((p) -> this.messages.getMessage("inspection.fund-part." + p.name(), null, CHINESE))
			.reduce((a, b) -> a + separator + b)
			.orElse("—");
	}

	private static String columnUrl(AgencySummary agency, ColumnNode column) {
		return column.publicPath(agency.creditCode());
	}

	private InspectionFinding finding(RuleCode rule, String objectType, Object objectId, String url, Object... args) {
		return finding(rule, rule.severity(), objectType, objectId, url, args);
	}

	private InspectionFinding finding(RuleCode rule, Severity severity, String objectType, Object objectId, String url,
			Object... args) {
		String title = this.messages.getMessage("inspection.rule." + rule.name() + ".title", args, CHINESE);
		return new InspectionFinding(rule.name(), severity.name(), cut(title, 500), objectType,
				cut(String.valueOf(objectId), 100), cut(url, 500));
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
