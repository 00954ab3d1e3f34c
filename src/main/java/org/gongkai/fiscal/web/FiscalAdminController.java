package org.gongkai.fiscal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.AgencyAccess;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.fiscal.BudgetDisclosing;
import org.gongkai.fiscal.BudgetView;
import org.gongkai.fiscal.DisclosureKind;
import org.gongkai.fiscal.FiscalCompleteness;
import org.gongkai.fiscal.FundDisclosing;
import org.gongkai.fiscal.FundView;
import org.gongkai.fiscal.RecipientImportRefused;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fiscal disclosure's back-office pages: the agencies the user may see, an agency's
 * overview per year (budget kinds published and late, funds with their completeness, the
 * funds' total), the budget and fund forms, the household import and the review steps.
 * The services check the user's role for the agency on every read and step.
 */
@Controller
class FiscalAdminController {

	private final BudgetDisclosing budgets;

	private final FundDisclosing funds;

	private final FiscalCompleteness completeness;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final MessageSource messages;

	private final Clock clock;

	FiscalAdminController(BudgetDisclosing budgets, FundDisclosing funds, FiscalCompleteness completeness,
			AgencyManagement agencies, AgencyAccess access, MessageSource messages, Clock clock) {
		this.budgets = budgets;
		this.funds = funds;
		this.completeness = completeness;
		this.agencies = agencies;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A form row index past the slots a form can have (such as {@code rows[300].item})
	 * cannot bind: the form is refused with the rows' limit, never a 500.
	 */
	@InitBinder("form")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(BudgetForm.SLOTS * 2);
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView unbindable(InvalidPropertyException ex, HttpServletResponse response) {
		response.setStatus(400);
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("messageKey", "fiscal.rows.too-many");
		view.addObject("messageArguments", new Object[] { BudgetForm.SLOTS * 2 });
		return view;
	}

	@GetMapping("/admin/fiscal")
	String index(Model model) {
		List<AgencySummary> visible = this.access.visibleAgencies(AgencyAccess.current())
			.stream()
			.map((id) -> this.agencies.details(id).summary())
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
		if (visible.size() == 1) {
			return "redirect:/admin/fiscal/" + visible.get(0).creditCode();
		}
		model.addAttribute("agencies", visible);
		return "fiscal/admin/agencies";
	}

	@GetMapping("/admin/fiscal/{creditCode}")
	String agency(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = agency(creditCode);
		long id = agency.summary().id();
		model.addAttribute("agency", agency.summary());
		model.addAttribute("budgets", this.budgets.ofAgency(id));
		model.addAttribute("funds", this.funds.ofAgency(id));
		model.addAttribute("years", this.completeness.years(id));
		model.addAttribute("mayDraft", this.budgets.mayDraft(id));
		return "fiscal/admin/agency";
	}

	// Budgets

	@GetMapping("/admin/fiscal/{creditCode}/budgets/new")
	String newBudget(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = agency(creditCode);
		requireDraft(agency.summary().id());
		String year = String.valueOf(LocalDate.now(this.clock).getYear());
		BudgetForm form = BudgetForm.blank(year, items("fiscal.budget.default-income"),
				items("fiscal.budget.default-expenditure"));
		return budgetForm(agency.summary(), null, form, model);
	}

	@PostMapping("/admin/fiscal/{creditCode}/budgets")
	String createBudget(@PathVariable String creditCode, @ModelAttribute("form") BudgetForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencyDetails agency = agency(creditCode);
		long agencyId = agency.summary().id();
		requireDraft(agencyId);
		List<RuleViolationException> problems = this.budgets.problems(agencyId, form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			long id = this.budgets.create(agencyId, form.input());
			redirect.addFlashAttribute("done", message("fiscal.done.saved"));
			return "redirect:/admin/fiscal/budgets/" + id;
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		form.pad();
		return budgetForm(agency.summary(), null, form, model);
	}

	@GetMapping("/admin/fiscal/budgets/{id}")
	String budget(@PathVariable long id, Model model) {
		BudgetView budget = this.budgets.view(id);
		model.addAttribute("budget", budget);
		model.addAttribute("agency", this.agencies.details(budget.agencyId()).summary());
		model.addAttribute("mayDraft", this.budgets.mayDraft(budget.agencyId()));
		model.addAttribute("mayReview", this.budgets.mayReview(budget.agencyId()));
		return "fiscal/admin/budget";
	}

	@GetMapping("/admin/fiscal/budgets/{id}/edit")
	String editBudget(@PathVariable long id, Model model) {
		BudgetView budget = this.budgets.view(id);
		requireDraft(budget.agencyId());
		return budgetForm(this.agencies.details(budget.agencyId()).summary(), budget,
				BudgetForm.of(this.budgets.input(id)), model);
	}

	@PostMapping("/admin/fiscal/budgets/{id}/edit")
	String updateBudget(@PathVariable long id, @ModelAttribute("form") BudgetForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		BudgetView budget = this.budgets.view(id);
		requireDraft(budget.agencyId());
		List<RuleViolationException> problems = new ArrayList<>(this.budgets.problems(budget.agencyId(), form.input()));
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				this.budgets.update(id, form.input());
				redirect.addFlashAttribute("done", message("fiscal.done.saved"));
				return "redirect:/admin/fiscal/budgets/" + id;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		form.pad();
		return budgetForm(this.agencies.details(budget.agencyId()).summary(), budget, form, model);
	}

	@PostMapping("/admin/fiscal/budgets/{id}/{step:submit|publish|return}")
	String budgetStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		switch (step) {
			case "submit" -> this.budgets.submit(id);
			case "publish" -> this.budgets.publish(id);
			default -> this.budgets.returnToDraft(id, note);
		}
		redirect.addFlashAttribute("done", message("fiscal.done." + step));
		return "redirect:/admin/fiscal/budgets/" + id;
	}

	private String budgetForm(AgencySummary agency, BudgetView existing, BudgetForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("kinds", Arrays.asList(DisclosureKind.values()));
		return "fiscal/admin/budget-form";
	}

	// Funds

	@GetMapping("/admin/fiscal/{creditCode}/funds/new")
	String newFund(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = agency(creditCode);
		requireDraft(agency.summary().id());
		FundForm form = new FundForm();
		form.setYear(String.valueOf(LocalDate.now(this.clock).getYear()));
		return fundForm(agency.summary(), null, form, model);
	}

	@PostMapping("/admin/fiscal/{creditCode}/funds")
	String createFund(@PathVariable String creditCode, @ModelAttribute("form") FundForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencyDetails agency = agency(creditCode);
		requireDraft(agency.summary().id());
		List<RuleViolationException> problems = this.funds.problems(form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			long id = this.funds.create(agency.summary().id(), form.input());
			redirect.addFlashAttribute("done", message("fiscal.done.saved"));
			return "redirect:/admin/fiscal/funds/" + id;
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return fundForm(agency.summary(), null, form, model);
	}

	@GetMapping("/admin/fiscal/funds/{id}")
	String fund(@PathVariable long id, Model model) {
		FundView fund = this.funds.view(id);
		fillFund(fund, model);
		return "fiscal/admin/fund";
	}

	@GetMapping("/admin/fiscal/funds/{id}/edit")
	String editFund(@PathVariable long id, Model model) {
		FundView fund = this.funds.view(id);
		requireDraft(fund.agencyId());
		return fundForm(this.agencies.details(fund.agencyId()).summary(), fund, FundForm.of(this.funds.input(id)),
				model);
	}

	@PostMapping("/admin/fiscal/funds/{id}/edit")
	String updateFund(@PathVariable long id, @ModelAttribute("form") FundForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FundView fund = this.funds.view(id);
		requireDraft(fund.agencyId());
		List<RuleViolationException> problems = new ArrayList<>(this.funds.problems(form.input()));
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				this.funds.update(id, form.input());
				redirect.addFlashAttribute("done", message("fiscal.done.saved"));
				return "redirect:/admin/fiscal/funds/" + id;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return fundForm(this.agencies.details(fund.agencyId()).summary(), fund, form, model);
	}

	@PostMapping("/admin/fiscal/funds/{id}/recipients")
	String importRecipients(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		FundView fund = this.funds.view(id);
		List<RuleViolationException> problems;
		try {
			byte[] bytes = (file == null || file.isEmpty()) ? new byte[0] : file.getBytes();
			int count = this.funds.importRecipients(id, bytes);
			redirect.addFlashAttribute("done", this.messages.getMessage("fiscal.done.imported", new Object[] { count },
					Locale.SIMPLIFIED_CHINESE));
			return "redirect:/admin/fiscal/funds/" + id;
		}
		catch (RecipientImportRefused ex) {
			problems = ex.problems();
		}
		catch (RuleViolationException ex) {
			problems = List.of(ex);
		}
		response.setStatus(400);
		fillFund(fund, model);
		model.addAttribute("importProblems",
				problems.stream()
					.map((p) -> this.messages.getMessage(p.messageKey(), p.arguments(), Locale.SIMPLIFIED_CHINESE))
					.toList());
		return "fiscal/admin/fund";
	}

	@PostMapping("/admin/fiscal/funds/{id}/{step:submit|publish|return}")
	String fundStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		switch (step) {
			case "submit" -> this.funds.submit(id);
			case "publish" -> this.funds.publish(id);
			default -> this.funds.returnToDraft(id, note);
		}
		redirect.addFlashAttribute("done", message("fiscal.done." + step));
		return "redirect:/admin/fiscal/funds/" + id;
	}

	private void fillFund(FundView fund, Model model) {
		model.addAttribute("fund", fund);
		model.addAttribute("agency", this.agencies.details(fund.agencyId()).summary());
		model.addAttribute("mayDraft", this.budgets.mayDraft(fund.agencyId()));
		model.addAttribute("mayReview", this.budgets.mayReview(fund.agencyId()));
	}

	private String fundForm(AgencySummary agency, FundView existing, FundForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		return "fiscal/admin/fund-form";
	}

	/**
	 * @throws ForbiddenException unless the user drafts for the agency (before a form is
	 * checked)
	 */
	private void requireDraft(long agencyId) {
		if (!this.budgets.mayDraft(agencyId)) {
			throw new ForbiddenException("Fiscal drafting for agency " + agencyId + " not allowed");
		}
	}

	/** The agency, visible to the signed-in user. @throws NotFoundException if none */
	private AgencyDetails agency(String creditCode) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		this.access.requireVisible(agency.summary().id());
		return agency;
	}

	private List<String> items(String key) {
		return Arrays.stream(message(key).split("[,，]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
