package org.gongkai.powers.web;

import java.io.IOException;
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
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.powers.PowerImportRefused;
import org.gongkai.powers.PowerLists;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.PowerView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The power list's back-office pages: the agencies the user may see, an agency's list
 * (the current version, the working copy with its powers and what it changes, the review
 * steps, the import and the versions), the power form and the import template. The
 * service checks the user's role for the agency on every read and step.
 */
@Controller
class PowersAdminController {

	private final PowerLists lists;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final MessageSource messages;

	PowersAdminController(PowerLists lists, AgencyManagement agencies, AgencyAccess access, MessageSource messages) {
		this.lists = lists;
		this.agencies = agencies;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/admin/powers")
	String index(Model model) {
		List<AgencySummary> visible = this.access.visibleAgencies(AgencyAccess.current())
			.stream()
			.map((id) -> this.agencies.details(id).summary())
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
		if (visible.size() == 1) {
			return "redirect:/admin/powers/" + visible.get(0).creditCode();
		}
		model.addAttribute("agencies", visible);
		return "powers/admin/agencies";
	}

	@GetMapping("/admin/powers/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		byte[] bytes = PowersWorkbook.template(this.messages);
		response.setContentType(PowersWorkbook.TYPE);
		response.setHeader("Content-Disposition",
				Downloads.attachment(message("powers.template.file-name"), "power-list-template.xlsx"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	@GetMapping("/admin/powers/{creditCode}")
	String agency(@PathVariable String creditCode, Model model) {
		AgencySummary agency = agency(creditCode);
		fillAgency(agency, model);
		return "powers/admin/agency";
	}

	private void fillAgency(AgencySummary agency, Model model) {
		long id = agency.id();
		model.addAttribute("agency", agency);
		model.addAttribute("draft", this.lists.workingCopy(id).orElse(null));
		model.addAttribute("current", this.lists.currentVersion(id).orElse(null));
		model.addAttribute("versions", this.lists.versions(id));
		model.addAttribute("mayDraft", this.lists.mayDraft(id));
		model.addAttribute("mayReview", this.lists.mayReview(id));
	}

	@PostMapping("/admin/powers/{creditCode}/start")
	String start(@PathVariable String creditCode, RedirectAttributes redirect) {
		AgencySummary agency = agency(creditCode);
		this.lists.start(agency.id());
		redirect.addFlashAttribute("done", message("powers.done.started"));
		return "redirect:/admin/powers/" + creditCode;
	}

	@GetMapping("/admin/powers/{creditCode}/powers/new")
	String newPower(@PathVariable String creditCode, Model model) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		return form(agency, null, new PowerForm(), model);
	}

	@PostMapping("/admin/powers/{creditCode}/powers")
	String add(@PathVariable String creditCode, @ModelAttribute("form") PowerForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		List<RuleViolationException> problems = new ArrayList<>(this.lists.problems(agency.id(), null, form.input()));
		if (problems.isEmpty()) {
			try {
				this.lists.add(agency.id(), form.input());
				redirect.addFlashAttribute("done", message("powers.done.added"));
				return "redirect:/admin/powers/" + creditCode + "#draft";
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return form(agency, null, form, model);
	}

	@GetMapping("/admin/powers/{creditCode}/powers/{key}/edit")
	String edit(@PathVariable String creditCode, @PathVariable String key, Model model) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		PowerView power = this.lists.power(agency.id(), key);
		return form(agency, power, PowerForm.of(power.input()), model);
	}

	@PostMapping("/admin/powers/{creditCode}/powers/{key}/edit")
	String update(@PathVariable String creditCode, @PathVariable String key, @ModelAttribute("form") PowerForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencySummary agency = agency(creditCode);
		requireDraft(agency.id());
		PowerView power = this.lists.power(agency.id(), key);
		List<RuleViolationException> problems = new ArrayList<>(this.lists.problems(agency.id(), key, form.input()));
		if (problems.isEmpty()) {
			try {
				this.lists.update(agency.id(), key, form.input());
				redirect.addFlashAttribute("done", message("powers.done.updated"));
				return "redirect:/admin/powers/" + creditCode + "#draft";
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return form(agency, power, form, model);
	}

	@PostMapping("/admin/powers/{creditCode}/powers/{key}/remove")
	String remove(@PathVariable String creditCode, @PathVariable String key, RedirectAttributes redirect) {
		AgencySummary agency = agency(creditCode);
		this.lists.remove(agency.id(), key);
		redirect.addFlashAttribute("done", message("powers.done.removed"));
		return "redirect:/admin/powers/" + creditCode + "#draft";
	}

	@PostMapping("/admin/powers/{creditCode}/import")
	String importList(@PathVariable String creditCode,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		AgencySummary agency = agency(creditCode);
		List<String> problems;
		try {
			byte[] bytes = (file == null || file.isEmpty()) ? new byte[0] : file.getBytes();
			int count = this.lists.importList(agency.id(), bytes);
			redirect.addFlashAttribute("done", this.messages.getMessage("powers.done.imported", new Object[] { count },
					Locale.SIMPLIFIED_CHINESE));
			return "redirect:/admin/powers/" + creditCode + "#draft";
		}
		catch (PowerImportRefused ex) {
			problems = ex.problems().stream().map(this::problem).toList();
		}
		catch (RuleViolationException ex) {
			problems = List.of(message(ex));
		}
		response.setStatus(400);
		fillAgency(agency, model);
		model.addAttribute("importProblems", problems);
		return "powers/admin/agency";
	}

	@PostMapping("/admin/powers/{creditCode}/{step:submit|publish|return}")
	String step(@PathVariable String creditCode, @PathVariable String step, @RequestParam(required = false) String note,
			@RequestParam(required = false) String remark, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AgencySummary agency = agency(creditCode);
		try {
			switch (step) {
				case "submit" -> this.lists.submit(agency.id(), remark);
				case "publish" -> this.lists.publish(agency.id());
				default -> this.lists.returnToDraft(agency.id(), note);
			}
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			fillAgency(agency, model);
			model.addAttribute("stepProblem", message(ex));
			return "powers/admin/agency";
		}
		redirect.addFlashAttribute("done", message("powers.done." + step));
		return "redirect:/admin/powers/" + creditCode;
	}

	private String problem(PowerImportRefused.Problem p) {
		String text = message(p.problem());
		if (p.row() == 0) {
			return text;
		}
		return this.messages.getMessage("powers.import.row", new Object[] { p.row(), text }, Locale.SIMPLIFIED_CHINESE);
	}

	private String form(AgencySummary agency, PowerView existing, PowerForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("types", Arrays.asList(PowerType.values()));
		return "powers/admin/power-form";
	}

	/**
	 * @throws ForbiddenException unless the user edits the agency's list (before a form
	 * is checked)
	 */
	private void requireDraft(long agencyId) {
		if (!this.lists.mayDraft(agencyId)) {
			throw new ForbiddenException("Power list editing for agency " + agencyId + " not allowed");
		}
	}

	/** The agency, visible to the signed-in user. @throws NotFoundException if none */
	private AgencySummary agency(String creditCode) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		this.access.requireVisible(agency.summary().id());
		return agency.summary();
	}

	private String message(RuleViolationException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
