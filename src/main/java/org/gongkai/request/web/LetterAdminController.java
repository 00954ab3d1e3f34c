package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.letters.LetterDelivery;
import org.gongkai.request.letters.LetterFormat;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.LetterTemplates;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.letters.TemplateView;
import org.gongkai.request.rules.Outcome;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's letters: downloads of a case's letters as DOCX and PDF for staff who
 * may see its agency, delivery and release to the applicant by the agency's clerks, and
 * the agency's own templates for its leader or disclosure office.
 */
@Controller
class LetterAdminController {

	private static final int TEMPLATE_PAGE_SIZE = 20;

	private final ReplyLetters letters;

	private final LetterTemplates templates;

	private final RequestManagement requests;

	LetterAdminController(ReplyLetters letters, LetterTemplates templates, RequestManagement requests) {
		this.letters = letters;
		this.templates = templates;
		this.requests = requests;
	}

	/** {@code /admin/requests/7/letters/reply.pdf}, optionally {@code ?letter=<id>}. */
	@GetMapping("/admin/requests/{id}/letters/{kind}.{extension}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String kind, @PathVariable String extension,
			@RequestParam(required = false) Long letter) {
		LetterKind letterKind = LetterKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("Letter kind " + kind));
		LetterFormat format = LetterFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Letter format " + extension));
		return LetterDownloads.of(this.letters.file(id, letterKind, letter, format));
	}

	@PostMapping("/admin/requests/{id}/letters/{letterId}/delivery")
	String deliver(@PathVariable long id, @PathVariable long letterId, @RequestParam(required = false) String method,
			@RequestParam(required = false) String on, Model model, HttpServletResponse response) {
		LetterDelivery delivery = LetterDelivery.of(method).orElse(null);
		return step(id, () -> this.letters.recordDelivery(id, letterId, delivery, RequestAdminController.date(on)),
				model, response);
	}

	@PostMapping("/admin/requests/{id}/letters/{letterId}/release")
	String release(@PathVariable long id, @PathVariable long letterId, Model model, HttpServletResponse response) {
		return step(id, () -> this.letters.release(id, letterId), model, response);
	}

	/**
	 * An agency's templates, filtered by kind and by own or default, searched in their
	 * text, a page at a time; hostile parameters are clamped or ignored.
	 */
	@GetMapping("/admin/requests/templates/{agencyId}")
	String templates(@PathVariable long agencyId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String own, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		LetterKind chosen = ListParameters.choice(kind, LetterKind.class);
		Boolean customised = "yes".equals(own) ? Boolean.TRUE : ("no".equals(own) ? Boolean.FALSE : null);
		String text = ListParameters.text(q);
		Page<TemplateView> rows = this.templates.page(agencyId, chosen, customised, text, ListParameters.page(page),
				ListParameters.size(size, TEMPLATE_PAGE_SIZE, LetterTemplates.MAX_PAGE_SIZE));
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("templates", rows.getContent());
		model.addAttribute("kinds", LetterKind.values());
		model.addAttribute("kind", chosen);
		model.addAttribute("own", (customised != null) ? own : "");
		model.addAttribute("q", text);
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return "request/admin/letter-templates";
	}

	@GetMapping("/admin/requests/templates/{agencyId}/{key}")
	String template(@PathVariable long agencyId, @PathVariable String key, Model model) {
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("template", this.templates.template(agencyId, key));
		return "request/admin/letter-template";
	}

	@PostMapping("/admin/requests/templates/{agencyId}/{key}")
	String save(@PathVariable long agencyId, @PathVariable String key, @RequestParam(required = false) String text,
			Model model, HttpServletResponse response) {
		try {
			int version = this.templates.save(agencyId, key, text);
			return "redirect:/admin/requests/templates/" + agencyId + "/" + key + "?saved=" + version;
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute("text", text);
			return template(agencyId, key, model);
		}
	}

	private String step(long id, Runnable command, Model model, HttpServletResponse response) {
		try {
			command.run();
			return "redirect:/admin/requests/" + id + "?saved";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute("details", this.requests.details(id));
			model.addAttribute("outcomes", Outcome.values());
			return "request/admin/case";
		}
	}

}
