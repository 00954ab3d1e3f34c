package org.gongkai.activities.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.activities.Activities;
import org.gongkai.activities.GroupRole;
import org.gongkai.activities.IncomingFile;
import org.gongkai.activities.OrganisationEditing;
import org.gongkai.activities.OrganisationView;
import org.gongkai.activities.StoredFile;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
 * The organisation's back-office pages: per agency and year the work body, the
 * responsible leader, the leading group and the staff, the form that saves them (with the
 * establishing document) and the step that copies last year's. The service checks the
 * user's role for the agency on every read and step.
 */
@Controller
class OrganisationAdminController {

	private static final String BASE = "/admin/organisation";

	private final OrganisationEditing organisations;

	private final Activities activities;

	private final MessageSource messages;

	private final Clock clock;

	OrganisationAdminController(OrganisationEditing organisations, Activities activities, MessageSource messages,
			Clock clock) {
		this.organisations = organisations;
		this.activities = activities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String index(Model model) {
		List<AgencySummary> visible = this.activities.visibleAgencies();
		if (visible.size() == 1) {
			return "redirect:" + BASE + "/" + visible.get(0).creditCode();
		}
		model.addAttribute("agencies", visible);
		model.addAttribute("base", BASE);
		model.addAttribute("titleKey", "activities.organisation.title");
		return "activities/agencies";
	}

	@GetMapping(BASE + "/{creditCode}")
	String agency(@PathVariable String creditCode, @RequestParam(required = false) String year, Model model) {
		AgencySummary agency = this.activities.agency(creditCode);
		int chosen = year(year);
		Optional<OrganisationView> organisation = this.organisations.view(agency.id(), chosen);
		return page(agency, chosen, organisation,
				organisation.map(OrganisationForm::of).orElse(OrganisationForm.blank()), model);
	}

	@PostMapping(BASE + "/{creditCode}")
	String save(@PathVariable String creditCode, @RequestParam(required = false) String year,
			@ModelAttribute("form") OrganisationForm form, BindingResult result,
			@RequestParam(name = "documentFile", required = false) MultipartFile documentFile, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		AgencySummary agency = editorOf(creditCode);
		int chosen = year(year);
		List<RuleViolationException> problems = new ArrayList<>(this.organisations.problems(form.input()));
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				boolean file = documentFile != null && documentFile.getOriginalFilename() != null
						&& !documentFile.getOriginalFilename().isEmpty();
				this.organisations.save(agency.id(), chosen, form.input(), file
						? new IncomingFile(documentFile.getOriginalFilename(), documentFile.getInputStream()) : null);
				redirect.addFlashAttribute("done",
						message("activities.done.organisation-saved", String.valueOf(chosen)));
				return "redirect:" + BASE + "/" + agency.creditCode() + "?year=" + chosen;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return page(agency, chosen, this.organisations.view(agency.id(), chosen), form, model);
	}

	@PostMapping(BASE + "/{creditCode}/copy")
	String copy(@PathVariable String creditCode, @RequestParam(required = false) String year,
			RedirectAttributes redirect) {
		AgencySummary agency = editorOf(creditCode);
		int chosen = year(year);
		try {
			this.organisations.copyLastYear(agency.id(), chosen);
			redirect.addFlashAttribute("done",
					message("activities.done.organisation-copied", String.valueOf(chosen - 1), String.valueOf(chosen)));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("refused", message(ex.messageKey(), ex.arguments()));
		}
		return "redirect:" + BASE + "/" + agency.creditCode() + "?year=" + chosen;
	}

	@GetMapping(BASE + "/{creditCode}/document")
	void document(@PathVariable String creditCode, @RequestParam(required = false) String year,
			HttpServletResponse response) throws IOException {
		AgencySummary agency = this.activities.agency(creditCode);
		StoredFile file = this.organisations.document(agency.id(), year(year));
		try (InputStream in = file.content()) {
			response.setContentType(file.mediaType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.fileName(), "document"));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			in.transferTo(response.getOutputStream());
		}
	}

	private String page(AgencySummary agency, int year, Optional<OrganisationView> organisation, OrganisationForm form,
			Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("year", year);
		model.addAttribute("organisation", organisation.orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("roles", GroupRole.values());
		model.addAttribute("years", this.organisations.years(agency.id()));
		model.addAttribute("mayEdit", this.organisations.mayEdit(agency.id()));
		return "activities/organisation";
	}

	/**
	 * The year asked for: this year when none is given; a malformed one is refused (400).
	 */
	private int year(String typed) {
		if (typed == null || typed.isBlank()) {
			return LocalDate.now(this.clock).getYear();
		}
		return this.organisations.year(typed);
	}

	private AgencySummary editorOf(String creditCode) {
		AgencySummary agency = this.activities.agency(creditCode);
		if (!this.organisations.mayEdit(agency.id())) {
			throw new ForbiddenException("May not edit the organisation of " + creditCode);
		}
		return agency;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
