package org.gongkai.fiscal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.fiscal.BudgetDisclosing;
import org.gongkai.fiscal.BudgetView;
import org.gongkai.fiscal.FundDisclosing;
import org.gongkai.fiscal.FundView;
import org.gongkai.fiscal.RecipientView;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.ListParameters;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public fiscal pages of an agency, linked from its 财政预决算 and 涉农补贴 columns: the
 * published budgets and funds with the funds' total per year, a budget's tables (and
 * their XLSX), a fund's parts and its households, names and ID numbers masked. Rendered
 * per request (not kept by the page cache).
 */
@Controller
class FiscalController {

	/** Households per page of a fund. */
	static final int HOUSEHOLDS_PER_PAGE = 200;

	private final BudgetDisclosing budgets;

	private final FundDisclosing funds;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	FiscalController(BudgetDisclosing budgets, FundDisclosing funds, AgencyManagement agencies,
			MessageSource messages) {
		this.budgets = budgets;
		this.funds = funds;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/agencies/{creditCode}/fiscal")
	String index(@PathVariable String creditCode, Model model) {
		AgencySummary agency = agency(creditCode);
		List<FundView> published = this.funds.published(agency.id());
		Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
		published.forEach((f) -> totals.merge(f.year(), f.amount(), BigDecimal::add));
		model.addAttribute("agency", agency);
		model.addAttribute("budgets", this.budgets.published(agency.id()));
		model.addAttribute("funds", published);
		model.addAttribute("totals", totals);
		return "fiscal/agency";
	}

	@GetMapping("/agencies/{creditCode}/fiscal/budgets/{id}")
	String budget(@PathVariable String creditCode, @PathVariable long id, Model model) {
		AgencySummary agency = agency(creditCode);
		BudgetView budget = publishedBudget(agency, id);
		model.addAttribute("agency", agency);
		model.addAttribute("budget", budget);
		return "fiscal/budget";
	}

	@GetMapping("/agencies/{creditCode}/fiscal/budgets/{id}/tables.xlsx")
	void workbook(@PathVariable String creditCode, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		AgencySummary agency = agency(creditCode);
		BudgetView budget = publishedBudget(agency, id);
		byte[] bytes = FiscalWorkbook.write(budget, agency.name(), this.messages);
		String name = agency.name() + budget.year()
				+ this.messages.getMessage("fiscal.kind." + budget.kind(), null, java.util.Locale.SIMPLIFIED_CHINESE)
				+ ".xlsx";
		response.setContentType(FiscalWorkbook.TYPE);
		response.setHeader("Content-Disposition", Downloads.attachment(name, "fiscal-" + id + ".xlsx"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	@GetMapping("/agencies/{creditCode}/fiscal/funds/{id}")
	String fund(@PathVariable String creditCode, @PathVariable long id, @RequestParam(required = false) String page,
			Model model) {
		AgencySummary agency = agency(creditCode);
		FundView fund = this.funds.publicView(id);
		if (fund.agencyId() != agency.id()) {
			throw new NotFoundException("Fund " + id + " not of " + creditCode);
		}
		int pages = Math.max(1, (fund.recipients().size() + HOUSEHOLDS_PER_PAGE - 1) / HOUSEHOLDS_PER_PAGE);
		int current = Math.max(1, ListParameters.page(page));
		if (current > pages) {
			throw new NotFoundException("Fund " + id + " page " + current);
		}
		List<RecipientView> shown = fund.recipients()
			.subList((current - 1) * HOUSEHOLDS_PER_PAGE,
					Math.min(fund.recipients().size(), current * HOUSEHOLDS_PER_PAGE));
		model.addAttribute("agency", agency);
		model.addAttribute("fund", fund);
		model.addAttribute("households", shown);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "fiscal/fund";
	}

	private BudgetView publishedBudget(AgencySummary agency, long id) {
		BudgetView budget = this.budgets.publicView(id);
		if (budget.agencyId() != agency.id()) {
			throw new NotFoundException("Budget " + id + " not of " + agency.creditCode());
		}
		return budget;
	}

	private AgencySummary agency(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode))
			.summary();
	}

}
