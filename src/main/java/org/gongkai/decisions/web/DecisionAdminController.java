package org.gongkai.decisions.web;

import java.io.IOException;
import java.io.InputStream;
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
import org.gongkai.decisions.CatalogueView;
import org.gongkai.decisions.CollectiveKind;
import org.gongkai.decisions.DecisionKind;
import org.gongkai.decisions.DecisionPlanning;
import org.gongkai.decisions.DecisionReading;
import org.gongkai.decisions.DecisionStage;
import org.gongkai.decisions.DecisionStages;
import org.gongkai.decisions.ItemView;
import org.gongkai.decisions.StageFile;
import org.gongkai.decisions.StageView;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Uploads;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;

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
 * The back office of major decisions: the agencies the user may see, an agency's
 * catalogue per year with its items and adjustments and the review steps, the item form,
 * an item's stages with their forms and steps, and the adjustment of a published item.
 * The services check the user's role for the agency on every read and step.
 */
@Controller
class DecisionAdminController {

	private static final Map<String, String> STAGE_FIELDS = Map.of("stage", "", "consultation-id", "consultationId");

	private final DecisionPlanning planning;

	private final DecisionStages stages;

	private final DecisionReading reading;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final Uploads uploads;

	private final MessageSource messages;

	private final Clock clock;

	DecisionAdminController(DecisionPlanning planning, DecisionStages stages, DecisionReading reading,
			AgencyManagement agencies, AgencyAccess access, Uploads uploads, MessageSource messages, Clock clock) {
		this.planning = planning;
		this.stages = stages;
		this.reading = reading;
		this.agencies = agencies;
		this.access = access;
		this.uploads = uploads;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/decisions")
	String index(Model model) {
		List<AgencySummary> visible = this.access.visibleAgencies(AgencyAccess.current())
			.stream()
			.map((id) -> this.agencies.details(id).summary())
			.filter((a) -> a.level() != org.gongkai.agency.AgencyLevel.VILLAGE)
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
		if (visible.size() == 1) {
			return "redirect:/admin/decisions/" + visible.get(0).creditCode();
		}
		model.addAttribute("agencies", visible);
		return "decisions/admin/agencies";
	}

	@GetMapping("/admin/decisions/{creditCode}")
	String agency(@PathVariable String creditCode, @RequestParam(required = false) String year, Model model) {
		AgencySummary agency = agency(creditCode).summary();
		List<Integer> years = this.reading.years(agency.id());
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = parseYear(year, years.isEmpty() ? thisYear : years.get(0));
		return agencyPage(agency, years, shown, model);
	}

	private String agencyPage(AgencySummary agency, List<Integer> years, int shown, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("catalogue", this.reading.catalogue(agency.id(), shown).orElse(null));
		model.addAttribute("newYear", model.containsAttribute("newYear") ? model.getAttribute("newYear")
				: String.valueOf(LocalDate.now(this.clock).getYear()));
		model.addAttribute("mayDraft", this.reading.mayDraft(agency.id()));
		model.addAttribute("mayReview", this.reading.mayReview(agency.id()));
		return "decisions/admin/agency";
	}

	@PostMapping("/admin/decisions/{creditCode}/catalogues")
	String createCatalogue(@PathVariable String creditCode, @RequestParam(required = false) String year, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AgencySummary agency = agency(creditCode).summary();
		requireDraft(agency.id());
		try {
			long id = this.planning.createCatalogue(agency.id(), year);
			redirect.addFlashAttribute("done", message("decisions.done.created"));
			return "redirect:/admin/decisions/" + creditCode + "?year=" + this.reading.catalogue(id).year();
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("yearError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE));
			model.addAttribute("newYear", (year != null && year.length() <= 10) ? year : "");
			List<Integer> years = this.reading.years(agency.id());
			return agencyPage(agency, years, years.isEmpty() ? LocalDate.now(this.clock).getYear() : years.get(0),
					model);
		}
	}

	@PostMapping("/admin/decisions/catalogues/{id}/{step:submit|publish|return}")
	String catalogueStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		CatalogueView catalogue = this.reading.catalogue(id);
		switch (step) {
			case "submit" -> this.planning.submitCatalogue(id);
			case "publish" -> this.planning.publishCatalogue(id);
			default -> this.planning.returnCatalogue(id, note);
		}
		redirect.addFlashAttribute("done", message("decisions.done." + step));
		return "redirect:/admin/decisions/" + this.agencies.details(catalogue.agencyId()).summary().creditCode()
				+ "?year=" + catalogue.year();
	}

	// Items

	@GetMapping("/admin/decisions/catalogues/{id}/items/new")
	String newItem(@PathVariable long id, Model model) {
		CatalogueView catalogue = this.reading.catalogue(id);
		requireDraft(catalogue.agencyId());
		return itemForm(catalogue, null, new ItemForm(), model);
	}

	@PostMapping("/admin/decisions/catalogues/{id}/items")
	String addItem(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CatalogueView catalogue = this.reading.catalogue(id);
		requireDraft(catalogue.agencyId());
		boolean later = catalogue.status().name().equals("PUBLISHED");
		List<RuleViolationException> problems = new ArrayList<>(
				this.planning.problems(catalogue.agencyId(), form.input(), later));
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				long item = this.planning.addItem(id, form.input());
				redirect.addFlashAttribute("done", message("decisions.done.saved"));
				return "redirect:/admin/decisions/items/" + item;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return itemForm(catalogue, null, form, model);
	}

	@GetMapping("/admin/decisions/items/{id}")
	String item(@PathVariable long id, Model model) {
		ItemView item = this.reading.item(id);
		return itemPage(item, new AdjustmentForm(), model);
	}

	private String itemPage(ItemView item, AdjustmentForm adjustment, Model model) {
		CatalogueView catalogue = this.reading.catalogue(item.catalogueId());
		model.addAttribute("item", item);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("agency", this.agencies.details(item.agencyId()).summary());
		model.addAttribute("stageKinds", Arrays.asList(DecisionStage.values()));
		model.addAttribute("editable", this.planning.editable(item.id()));
		model.addAttribute("mayDraft", this.reading.mayDraft(item.agencyId()));
		model.addAttribute("mayReview", this.reading.mayReview(item.agencyId()));
		model.addAttribute("adjustment", adjustment);
		model.addAttribute("adjustments",
				catalogue.adjustments().stream().filter((a) -> a.itemId() == item.id()).toList());
		return "decisions/admin/item";
	}

	@GetMapping("/admin/decisions/items/{id}/edit")
	String editItem(@PathVariable long id, Model model) {
		ItemView item = this.reading.item(id);
		requireDraft(item.agencyId());
		return itemForm(this.reading.catalogue(item.catalogueId()), item, ItemForm.of(item), model);
	}

	@PostMapping("/admin/decisions/items/{id}/edit")
	String updateItem(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ItemView item = this.reading.item(id);
		requireDraft(item.agencyId());
		List<RuleViolationException> problems = new ArrayList<>(
				this.planning.problems(item.agencyId(), form.input(), item.addedLater()));
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				this.planning.updateItem(id, form.input());
				redirect.addFlashAttribute("done", message("decisions.done.saved"));
				return "redirect:/admin/decisions/items/" + id;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return itemForm(this.reading.catalogue(item.catalogueId()), item, form, model);
	}

	@PostMapping("/admin/decisions/items/{id}/{step:submit|publish|return}")
	String itemStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		switch (step) {
			case "submit" -> this.planning.submitItem(id);
			case "publish" -> this.planning.publishItem(id);
			default -> this.planning.returnItem(id, note);
		}
		redirect.addFlashAttribute("done", message("decisions.done." + step));
		return "redirect:/admin/decisions/items/" + id;
	}

	private String itemForm(CatalogueView catalogue, ItemView existing, ItemForm form, Model model) {
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("agency", this.agencies.details(catalogue.agencyId()).summary());
		model.addAttribute("existing", existing);
		model.addAttribute("later",
				(existing != null) ? existing.addedLater() : catalogue.status().name().equals("PUBLISHED"));
		model.addAttribute("form", form);
		model.addAttribute("kinds", Arrays.asList(DecisionKind.values()));
		model.addAttribute("subKinds", Arrays.asList(CollectiveKind.values()));
		return "decisions/admin/item-form";
	}

	// Adjustments

	@PostMapping("/admin/decisions/items/{id}/adjustments")
	String propose(@PathVariable long id, @ModelAttribute("adjustment") AdjustmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ItemView item = this.reading.item(id);
		requireDraft(item.agencyId());
		List<RuleViolationException> problems = new ArrayList<>(this.planning.problems(form.input()));
		if (problems.isEmpty()) {
			try {
				this.planning.proposeAdjustment(id, form.input());
				redirect.addFlashAttribute("done", message("decisions.done.proposed"));
				return "redirect:/admin/decisions/items/" + id;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of("adjustment", ""));
		response.setStatus(400);
		return itemPage(item, form, model);
	}

	@PostMapping("/admin/decisions/adjustments/{id}/{step:publish|return}")
	String adjustmentStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		if ("publish".equals(step)) {
			this.planning.publishAdjustment(id);
		}
		else {
			this.planning.returnAdjustment(id, note);
		}
		redirect.addFlashAttribute("done", message("decisions.done." + step));
		String item = ListParameters.id(back) != null ? ListParameters.id(back).toString() : null;
		return (item != null) ? "redirect:/admin/decisions/items/" + item : "redirect:/admin/decisions";
	}

	// Stages

	@GetMapping("/admin/decisions/items/{id}/stages/new")
	String newStage(@PathVariable long id, @RequestParam(required = false) String stage, Model model) {
		ItemView item = this.reading.item(id);
		requireDraft(item.agencyId());
		DecisionStage kind = stageKind(stage);
		StageForm form = new StageForm();
		form.setStage(kind.name());
		return stageForm(item, kind, null, form, model);
	}

	@PostMapping("/admin/decisions/items/{id}/stages")
	String recordStage(@PathVariable long id, @ModelAttribute("form") StageForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		ItemView item = this.reading.item(id);
		requireDraft(item.agencyId());
		DecisionStage kind = stageKind(form.getStage());
		List<RuleViolationException> problems = new ArrayList<>(this.stages.problems(id, null, form.input()));
		if (problems.isEmpty() && !result.hasErrors()) {
			try (InputStream content = content(file)) {
				long stage = this.stages.record(id, form.input(), content,
						(file != null) ? file.getOriginalFilename() : null);
				redirect.addFlashAttribute("done", message("decisions.done.saved"));
				return "redirect:/admin/decisions/items/" + id + "#stage-" + stage;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, STAGE_FIELDS);
		response.setStatus(400);
		return stageForm(item, kind, null, form, model);
	}

	@GetMapping("/admin/decisions/stages/{id}/edit")
	String editStage(@PathVariable long id, Model model) {
		StageView stage = this.reading.stage(id);
		ItemView item = this.reading.item(stage.itemId());
		requireDraft(item.agencyId());
		return stageForm(item, stage.stage(), stage, StageForm.of(stage), model);
	}

	@PostMapping("/admin/decisions/stages/{id}/edit")
	String updateStage(@PathVariable long id, @ModelAttribute("form") StageForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		StageView stage = this.reading.stage(id);
		ItemView item = this.reading.item(stage.itemId());
		requireDraft(item.agencyId());
		form.setStage(stage.stage().name());
		List<RuleViolationException> problems = new ArrayList<>(
				this.stages.problems(item.id(), stage.id(), form.input()));
		if (problems.isEmpty() && !result.hasErrors()) {
			try (InputStream content = content(file)) {
				this.stages.update(id, form.input(), content, (file != null) ? file.getOriginalFilename() : null,
						form.isDropFile());
				redirect.addFlashAttribute("done", message("decisions.done.saved"));
				return "redirect:/admin/decisions/items/" + item.id() + "#stage-" + id;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, STAGE_FIELDS);
		response.setStatus(400);
		return stageForm(item, stage.stage(), stage, form, model);
	}

	@PostMapping("/admin/decisions/stages/{id}/{step:submit|publish|return}")
	String stageStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		StageView stage = this.reading.stage(id);
		switch (step) {
			case "submit" -> this.stages.submit(id);
			case "publish" -> this.stages.publish(id);
			default -> this.stages.returnToDraft(id, note);
		}
		redirect.addFlashAttribute("done", message("decisions.done." + step));
		return "redirect:/admin/decisions/items/" + stage.itemId() + "#stage-" + id;
	}

	@GetMapping("/admin/decisions/stages/{id}/attachment")
	void attachment(@PathVariable long id, HttpServletResponse response) throws IOException {
		StageFile file = this.reading.file(id);
		DecisionController.send(file, this.uploads, response);
	}

	private String stageForm(ItemView item, DecisionStage kind, StageView existing, StageForm form, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("agency", this.agencies.details(item.agencyId()).summary());
		model.addAttribute("stageKind", kind);
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("consultations",
				(kind == DecisionStage.PUBLIC_PARTICIPATION) ? this.reading.consultations(item.agencyId()) : List.of());
		return "decisions/admin/stage-form";
	}

	private static InputStream content(MultipartFile file) throws IOException {
		return (file == null || file.isEmpty()) ? null : file.getInputStream();
	}

	private static DecisionStage stageKind(String text) {
		for (DecisionStage stage : DecisionStage.values()) {
			if (stage.name().equals(text)) {
				return stage;
			}
		}
		throw new NotFoundException("Stage kind " + ((text != null && text.length() < 40) ? text : "?"));
	}

	/**
	 * @throws ForbiddenException unless the user records the agency's decisions (before a
	 * form is checked)
	 */
	private void requireDraft(long agencyId) {
		if (!this.reading.mayDraft(agencyId)) {
			throw new ForbiddenException("Decision drafting for agency " + agencyId + " not allowed");
		}
	}

	/** The agency, visible to the signed-in user. @throws NotFoundException if none */
	private AgencyDetails agency(String creditCode) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		this.access.requireVisible(agency.summary().id());
		return agency;
	}

	static int parseYear(String text, int fallback) {
		if (text != null && text.matches("[0-9]{4}")) {
			int year = Integer.parseInt(text);
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		return fallback;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
