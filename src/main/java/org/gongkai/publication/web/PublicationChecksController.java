package org.gongkai.publication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;
import org.gongkai.publication.PolicyInterpretations;
import org.gongkai.publication.PublicationSummary;
import org.gongkai.publication.PublicationTimeliness;
import org.gongkai.publication.TimelinessEntry;
import org.gongkai.publication.TimelinessReport;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checks over the items of the agencies a user may see: timeliness (Regulations art.
 * 26) and policy documents still without their interpretation (三同步).
 */
@Controller
class PublicationChecksController {

	private static final int TIMELINESS_PREVIEW = 20;

	private static final int CHECK_PAGE = 30;

	private static final int MAX_CHECK_PAGE = 100;

	private final PublicationTimeliness timeliness;

	private final PolicyInterpretations interpretations;

	private final AgencyManagement agencies;

	private final Clock clock;

	PublicationChecksController(PublicationTimeliness timeliness, PolicyInterpretations interpretations,
			AgencyManagement agencies, Clock clock) {
		this.timeliness = timeliness;
		this.interpretations = interpretations;
		this.agencies = agencies;
		this.clock = clock;
	}

	/**
	 * The three timeliness lists of the user's agencies (or of one of them): each shows
	 * its first {@value #TIMELINESS_PREVIEW} entries and links to the whole list, which
	 * pages ({@code show=overdue|at-risk|late}).
	 */
	@GetMapping("/admin/publications/timeliness")
	String timeliness(@RequestParam(required = false) String show, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		TimelinessReport report = this.timeliness.timeliness(LocalDate.now(this.clock));
		Long agencyId = ListParameters.id(agency);
		Map<String, List<TimelinessEntry>> lists = new LinkedHashMap<>();
		lists.put("overdue", ofAgency(report.overdue(), agencyId));
		lists.put("at-risk", ofAgency(report.atRisk(), agencyId));
		lists.put("late", ofAgency(report.late(), agencyId));
		Map<Long, String> names = names();
		Set<Long> seen = new HashSet<>();
		report.overdue().forEach((e) -> seen.add(e.item().agencyId()));
		report.atRisk().forEach((e) -> seen.add(e.item().agencyId()));
		report.late().forEach((e) -> seen.add(e.item().agencyId()));
		model.addAttribute("report", report);
		model.addAttribute("lists", lists);
		model.addAttribute("names", names);
		model.addAttribute("agencyChoices",
				seen.stream().sorted(Comparator.comparing((Long id) -> names.getOrDefault(id, ""))).toList());
		model.addAttribute("agency", agencyId);
		model.addAttribute("preview", TIMELINESS_PREVIEW);
		if (show != null && lists.containsKey(show)) {
			Page<TimelinessEntry> rows = ListPage.of(lists.get(show), ListParameters.page(page),
					ListParameters.size(size, CHECK_PAGE, MAX_CHECK_PAGE), MAX_CHECK_PAGE);
			model.addAttribute("show", show);
			model.addAttribute("rows", rows.getContent());
			model.addAttribute("pager",
					Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		}
		return "publication/admin/timeliness";
	}

	private static List<TimelinessEntry> ofAgency(List<TimelinessEntry> entries, Long agencyId) {
		return (agencyId == null) ? entries
				: entries.stream().filter((e) -> e.item().agencyId() == agencyId.longValue()).toList();
	}

	/**
	 * The published policy documents still without an interpretation, of one agency or
	 * all the user's, searched by title, a page at a time.
	 */
	@GetMapping("/admin/publications/interpretations")
	String missingInterpretations(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, HttpServletRequest http) {
		List<PublicationSummary> all = this.interpretations.missingInterpretations();
		Long agencyId = ListParameters.id(agency);
		String text = ListParameters.text(q);
		List<PublicationSummary> matching = all.stream()
			.filter((i) -> agencyId == null || i.agencyId() == agencyId.longValue())
			.filter((i) -> ListPage.contains(text, i.title()))
			.toList();
		Page<PublicationSummary> rows = ListPage.of(matching, ListParameters.page(page),
				ListParameters.size(size, CHECK_PAGE, MAX_CHECK_PAGE), MAX_CHECK_PAGE);
		Map<Long, String> names = names();
		model.addAttribute("items", rows.getContent());
		model.addAttribute("names", names);
		model.addAttribute("agencyChoices",
				all.stream()
					.map(PublicationSummary::agencyId)
					.distinct()
					.sorted(Comparator.comparing((Long id) -> names.getOrDefault(id, "")))
					.toList());
		model.addAttribute("agency", agencyId);
		model.addAttribute("q", text);
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return "publication/admin/interpretations";
	}

	private Map<Long, String> names() {
		return this.agencies.all().stream().collect(Collectors.toMap(AgencySummary::id, AgencySummary::name));
	}

}
