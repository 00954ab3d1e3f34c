package org.gongkai.request.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.gongkai.request.CaseWorklists;
import org.gongkai.request.appeals.AppealFilter;
import org.gongkai.request.appeals.AppealView;
import org.gongkai.request.appeals.RequestAppeals;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's list of reconsiderations and lawsuits about the cases of every agency
 * the user may see: paged in the database, filtered by kind, result, agency and filing
 * day, searched by tracking number and body or court. Parameters are read as typed: a
 * hostile page or size is clamped, an unknown kind or malformed date is no filter.
 */
@Controller
class AppealListController {

	private static final int PAGE_SIZE = 20;

	private final RequestAppeals appeals;

	private final CaseWorklists worklists;

	AppealListController(RequestAppeals appeals, CaseWorklists worklists) {
		this.appeals = appeals;
		this.worklists = worklists;
	}

	@GetMapping("/admin/requests/appeals")
	String appeals(@RequestParam(required = false) String kind, @RequestParam(required = false) String result,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		List<AgencySummary> visible = this.worklists.visibleAgencies();
		AppealFilter filter = new AppealFilter(ListParameters.choice(kind, AppealKind.class),
				ListParameters.choice(result, AppealResult.class), ListParameters.id(agency), ListParameters.text(q),
				ListParameters.date(from), ListParameters.date(to));
		Page<AppealView> rows = this.appeals.page(filter, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, RequestAppeals.MAX_PAGE_SIZE));
		model.addAttribute("appealList", rows.getContent());
		model.addAttribute("filter", filter);
		model.addAttribute("agencies", visible);
		model.addAttribute("kinds", AppealKind.values());
		model.addAttribute("results", AppealResult.values());
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return "request/admin/appeals";
	}

}
