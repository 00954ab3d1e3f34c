package org.gongkai.services.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.AgencyAccess;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.services.ServiceGuides;
import org.gongkai.services.ServiceItemView;
import org.gongkai.services.ServicePointView;
import org.gongkai.services.ServicePoints;

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
 * The service guides' back-office pages: the agencies the user may see, an agency's items
 * (with the elements each misses) and service points, the item and point forms, the
 * forms' upload and the reviewer's publishing and withdrawal. The services check the
 * user's role for the agency on every read and step.
 */
@Controller
class ServicesAdminController {

	/** The most item ids a point form binds. */
	static final int MAX_ITEM_IDS = 500;

	private final ServiceGuides guides;

	private final ServicePoints points;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final MessageSource messages;

	ServicesAdminController(ServiceGuides guides, ServicePoints points, AgencyManagement agencies, AgencyAccess access,
			MessageSource messages) {
		this.guides = guides;
		this.points = points;
		this.agencies = agencies;
		this.access = access;
		this.messages = messages;
	}

	@InitBinder("form")
	void limitItems(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_ITEM_IDS);
	}

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView unbindable(InvalidPropertyException ex, HttpServletResponse response) {
		response.setStatus(400);
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("messageKey", "services.item-ids.invalid");
		return view;
	}

	@GetMapping("/admin/services")
	String index(Model model) {
		List<AgencySummary> visible = this.access.visibleAgencies(AgencyAccess.current())
			.stream()
			.map((id) -> this.agencies.details(id).summary())
			.filter((a) -> a.level() != AgencyLevel.VILLAGE)
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
		if (visible.size() == 1) {
			return "redirect:/admin/services/" + visible.get(0).creditCode();
		}
		model.addAttribute("agencies", visible);
		return "services/admin/agencies";
	}

	@GetMapping("/admin/services/{creditCode:[0-9A-Z]{18}}")
	String agency(@PathVariable String creditCode, Model model) {
		AgencySummary agency = agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("items", this.guides.ofAgency(agency.id()));
		model.addAttribute("points", this.points.ofAgency(agency.id()));
		model.addAttribute("mayDraft", this.guides.mayDraft(agency.id()));
		return "services/admin/agency";
	}

	// Items

	@GetMapping("/admin/services/{creditCode:[0-9A-Z]{18}}/items/new")
	String newItem(@PathVariable String creditCode, Model model) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		return itemForm(agency, null, new ItemForm(), model);
	}

	@PostMapping("/admin/services/{creditCode:[0-9A-Z]{18}}/items")
	String createItem(@PathVariable String creditCode, @ModelAttribute("form") ItemForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		List<RuleViolationException> problems = this.guides.problems(form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			long id = this.guides.create(agency.id(), form.input());
			redirect.addFlashAttribute("done", message("services.done.saved"));
			return "redirect:/admin/services/items/" + id;
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return itemForm(agency, null, form, model);
	}

	@GetMapping("/admin/services/items/{id:\\d{1,18}}")
	String item(@PathVariable long id, Model model) {
		ServiceItemView item = this.guides.view(id);
		fillItem(item, model);
		return "services/admin/item";
	}

	@GetMapping("/admin/services/items/{id:\\d{1,18}}/edit")
	String editItem(@PathVariable long id, Model model) {
		ServiceItemView item = this.guides.view(id);
		requireDraft(item.agencyId());
		return itemForm(this.agencies.details(item.agencyId()).summary(), item, ItemForm.of(this.guides.input(id)),
				model);
	}

	@PostMapping("/admin/services/items/{id:\\d{1,18}}/edit")
	String updateItem(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ServiceItemView item = this.guides.view(id);
		requireDraft(item.agencyId());
		List<RuleViolationException> problems = this.guides.problems(form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			this.guides.update(id, form.input());
			redirect.addFlashAttribute("done", message("services.done.saved"));
			return "redirect:/admin/services/items/" + id;
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return itemForm(this.agencies.details(item.agencyId()).summary(), item, form, model);
	}

	@PostMapping("/admin/services/items/{id:\\d{1,18}}/forms")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		ServiceItemView item = this.guides.view(id);
		requireDraft(item.agencyId());
		try (InputStream in = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			this.guides.addForm(id, in, (file != null) ? file.getOriginalFilename() : null);
			redirect.addFlashAttribute("done", message("services.done.form-added"));
			return "redirect:/admin/services/items/" + id;
		}
		catch (RuleViolationException ex) {
			response.setStatus(ex.status());
			fillItem(item, model);
			model.addAttribute("uploadProblem",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE));
			return "services/admin/item";
		}
	}

	@PostMapping("/admin/services/items/{id:\\d{1,18}}/forms/{position:\\d{1,3}}/remove")
	String removeForm(@PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
		this.guides.removeForm(id, position);
		redirect.addFlashAttribute("done", message("services.done.form-removed"));
		return "redirect:/admin/services/items/" + id;
	}

	@PostMapping("/admin/services/items/{id:\\d{1,18}}/{step:publish|withdraw}")
	String step(@PathVariable long id, @PathVariable String step, RedirectAttributes redirect) {
		if ("publish".equals(step)) {
			this.guides.publish(id);
		}
		else {
			this.guides.withdraw(id);
		}
		redirect.addFlashAttribute("done", message("services.done." + step));
		return "redirect:/admin/services/items/" + id;
	}

	// Points

	@GetMapping("/admin/services/{creditCode:[0-9A-Z]{18}}/points/new")
	String newPoint(@PathVariable String creditCode, Model model) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		return pointForm(agency, null, new PointForm(), model);
	}

	@PostMapping("/admin/services/{creditCode:[0-9A-Z]{18}}/points")
	String createPoint(@PathVariable String creditCode, @ModelAttribute("form") PointForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		List<RuleViolationException> problems = this.points.problems(agency.id(), form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				this.points.create(agency.id(), form.input());
				redirect.addFlashAttribute("done", message("services.done.saved"));
				return "redirect:/admin/services/" + agency.creditCode();
			}
			catch (RuleViolationException ex) {
				problems = List.of(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return pointForm(agency, null, form, model);
	}

	@GetMapping("/admin/services/points/{id:\\d{1,18}}/edit")
	String editPoint(@PathVariable long id, Model model) {
		ServicePointView point = this.points.view(id);
		requireDraft(point.agencyId());
		return pointForm(this.agencies.details(point.agencyId()).summary(), point, PointForm.of(this.points.input(id)),
				model);
	}

	@PostMapping("/admin/services/points/{id:\\d{1,18}}/edit")
	String updatePoint(@PathVariable long id, @ModelAttribute("form") PointForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ServicePointView point = this.points.view(id);
		requireDraft(point.agencyId());
		AgencySummary agency = this.agencies.details(point.agencyId()).summary();
		List<RuleViolationException> problems = this.points.problems(point.agencyId(), form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			this.points.update(id, form.input());
			redirect.addFlashAttribute("done", message("services.done.saved"));
			return "redirect:/admin/services/" + agency.creditCode();
		}
		FormErrors.rejectAll(result, new ArrayList<>(problems), Map.of());
		response.setStatus(400);
		return pointForm(agency, point, form, model);
	}

	private void fillItem(ServiceItemView item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("agency", this.agencies.details(item.agencyId()).summary());
		model.addAttribute("mayDraft", this.guides.mayDraft(item.agencyId()));
		model.addAttribute("mayReview", this.guides.mayReview(item.agencyId()));
	}

	private String itemForm(AgencySummary agency, ServiceItemView existing, ItemForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		return "services/admin/item-form";
	}

	private String pointForm(AgencySummary agency, ServicePointView existing, PointForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("villages", this.points.villagesOf(agency.id()));
		model.addAttribute("items", this.guides.ofAgency(agency.id()));
		return "services/admin/point-form";
	}

	/**
	 * @throws ForbiddenException unless the user drafts for the agency (before a form is
	 * checked)
	 */
	private void requireDraft(long agencyId) {
		if (!this.guides.mayDraft(agencyId)) {
			throw new ForbiddenException("Service drafting for agency " + agencyId + " not allowed");
		}
	}

	/** The agency, visible to the signed-in user. @throws NotFoundException if none */
	private AgencySummary agency(String creditCode) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		this.access.requireVisible(agency.summary().id());
		return agency.summary();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
