package org.gongkai.publication.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.privacy.FindingType;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PolicyFields;
import org.gongkai.publication.PolicyInterpretations;
import org.gongkai.publication.PublicationAttachments;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationLifecycle;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationRelease;
import org.gongkai.publication.PublicationReview;
import org.gongkai.publication.PublicationSignOff;
import org.gongkai.publication.PublicationStatus;
import org.gongkai.publication.TextField;
import org.gongkai.publication.Theme;
import org.gongkai.publication.Validity;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
 * The back office of proactive disclosure: the list of one's agencies' items, the draft
 * form, and the item page with the scanner's findings and the review actions of one's
 * roles. The module checks every role again.
 */
@Controller
class PublicationAdminController {

	private static final Map<String, String> FIELDS = Map.of("column", "columnId");

	private final PublicationQueries publications;

	private final PublicationDrafting drafting;

	private final PublicationReview review;

	private final PublicationAttachments attachments;

	private final PublicationRelease release;

	private final PublicationSignOff signOff;

	private final PolicyInterpretations interpretations;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final AgencyAccess access;

	private final Clock clock;

	PublicationAdminController(PublicationQueries publications, PublicationDrafting drafting, PublicationReview review,
			PublicationAttachments attachments, PublicationRelease release, PublicationSignOff signOff,
			PolicyInterpretations interpretations, AgencyManagement agencies, CatalogManagement catalog,
			AgencyAccess access, Clock clock) {
		this.publications = publications;
		this.drafting = drafting;
		this.review = review;
		this.attachments = attachments;
		this.release = release;
		this.signOff = signOff;
		this.interpretations = interpretations;
		this.agencies = agencies;
		this.catalog = catalog;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/admin/publications/new")
	String newForm(@RequestParam long agencyId, Model model) {
		this.access.require(Role.CLERK, agencyId);
		return form(model, agencyId, null, PublicationForm.empty(LocalDate.now(this.clock)));
	}

	@PostMapping("/admin/publications/new")
	String create(@RequestParam long agencyId, @ModelAttribute("form") PublicationForm form, BindingResult result,
			@ModelAttribute("lifecycleForm") LifecycleForm lifecycle, BindingResult lifecycleResult, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.access.require(Role.CLERK, agencyId);
		FormErrors.rejectAll(result, problems(agencyId, form, lifecycle), FIELDS);
		if (refused(result, lifecycleResult, response)) {
			return form(model, agencyId, null, form);
		}
		try {
			long id = this.drafting.draft(agencyId, form.draft(), lifecycle.policy());
			redirect.addFlashAttribute("done", "drafted");
			return "redirect:/admin/publications/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, agencyId, null, form);
		}
	}

	@GetMapping("/admin/publications/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PublicationItem item = this.publications.find(id);
		model.addAttribute("lifecycleForm", LifecycleForm.of(this.interpretations.policyFieldsOf(id),
				this.publications.lifecycle(id).changeNote()));
		return form(model, item.agencyId(), item, PublicationForm.of(this.publications.draftOf(id)));
	}

	@PostMapping("/admin/publications/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") PublicationForm form, BindingResult result,
			@ModelAttribute("lifecycleForm") LifecycleForm lifecycle, BindingResult lifecycleResult, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PublicationItem item = this.publications.find(id);
		this.access.require(Role.CLERK, item.agencyId());
		FormErrors.rejectAll(result, problems(item.agencyId(), form, lifecycle), FIELDS);
		if (refused(result, lifecycleResult, response)) {
			return form(model, item.agencyId(), item, form);
		}
		try {
			this.drafting.update(id, form.draft(), lifecycle.policy(), lifecycle.changeNote());
			redirect.addFlashAttribute("done", "updated");
			return "redirect:/admin/publications/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, item.agencyId(), item, form);
		}
	}

	@GetMapping("/admin/publications/{id}/revise")
	String reviseForm(@PathVariable long id, Model model) {
		PublicationItem item = this.publications.find(id);
		this.access.require(Role.CLERK, item.agencyId());
		model.addAttribute("lifecycleForm", LifecycleForm.of(this.interpretations.policyFieldsOf(id), ""));
		model.addAttribute("revising", true);
		return form(model, item.agencyId(), item, PublicationForm.of(this.publications.draftOf(id)));
	}

	@PostMapping("/admin/publications/{id}/revise")
	String revise(@PathVariable long id, @ModelAttribute("form") PublicationForm form, BindingResult result,
			@ModelAttribute("lifecycleForm") LifecycleForm lifecycle, BindingResult lifecycleResult, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PublicationItem item = this.publications.find(id);
		this.access.require(Role.CLERK, item.agencyId());
		model.addAttribute("revising", true);
		FormErrors.rejectAll(result, problems(item.agencyId(), form, lifecycle), FIELDS);
		if (refused(result, lifecycleResult, response)) {
			return form(model, item.agencyId(), item, form);
		}
		try {
			long revision = this.drafting.revise(id, form.draft(), lifecycle.policy(), lifecycle.changeNote());
			redirect.addFlashAttribute("done", "revision-drafted");
			return "redirect:/admin/publications/" + revision;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, item.agencyId(), item, form);
		}
	}

	@PostMapping("/admin/publications/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String publishAt,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		LocalDateTime at;
		try {
			at = LocalDateTime.parse(publishAt.strip());
		}
		catch (DateTimeParseException ex) {
			at = null;
		}
		// a refusal is an error page (400) with the Chinese reason
		redirect.addFlashAttribute("done", outcome(this.release.schedule(id, at, comment), "scheduled", false));
		return "redirect:/admin/publications/" + id;
	}

	@PostMapping("/admin/publications/{id}/cancel-schedule")
	String cancelSchedule(@PathVariable long id, RedirectAttributes redirect) {
		return done(id, redirect, "schedule-cancelled", () -> this.release.cancelSchedule(id));
	}

	@GetMapping("/admin/publications/{id}")
	String item(@PathVariable long id, Model model) {
		PublicationItem item = this.publications.find(id);
		StaffPrincipal me = AgencyAccess.current();
		model.addAttribute("item", item);
		model.addAttribute("clerk", me.has(Role.CLERK, item.agencyId()));
		model.addAttribute("reviewer", me.has(Role.REVIEWER, item.agencyId()));
		model.addAttribute("confidentiality", me.has(Role.CONFIDENTIALITY_REVIEWER, item.agencyId()));
		model.addAttribute("leader", me.has(Role.LEADER, item.agencyId()));
		model.addAttribute("supervisor", me.has(Role.VILLAGE_SUPERVISOR, item.agencyId()));
		model.addAttribute("signOffRequired", this.signOff.required(item.agencyId()));
		PublicationLifecycle lifecycle = this.publications.lifecycle(id);
		model.addAttribute("lifecycle", lifecycle);
		model.addAttribute("scheduledLocal", (lifecycle.scheduledAt() != null)
				? LocalDateTime.ofInstant(lifecycle.scheduledAt(), this.clock.getZone()) : null);
		model.addAttribute("minPublishAt", LocalDateTime.now(this.clock).withSecond(0).withNano(0).plusMinutes(1));
		model.addAttribute("maxAttachmentMegabytes", this.attachments.maxAttachmentBytes() / (1024 * 1024));
		model.addAttribute("maxAttachments", this.attachments.maxAttachments());
		return "publication/admin/item";
	}

	@PostMapping("/admin/publications/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return done(id, redirect, "submitted", () -> this.drafting.submit(id));
	}

	@PostMapping("/admin/publications/{id}/content-review")
	String contentReview(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		String result = done(id, redirect, approve ? "content-approved" : "content-returned",
				() -> this.review.contentReview(id, approve, comment));
		if (approve && "content-approved".equals(redirect.getFlashAttributes().get("done"))
				&& this.publications.find(id).status() == PublicationStatus.IN_SUPERVISION_REVIEW) {
			// a village's item goes to its supervision committee, not to confidentiality
			// review
			redirect.addFlashAttribute("done", "content-approved-supervision");
		}
		return result;
	}

	@PostMapping("/admin/publications/{id}/confidentiality-review")
	String confidentialityReview(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return decided(id, redirect, () -> this.review.confidentialityReview(id, approve, comment),
				"confidentiality-returned", false);
	}

	@PostMapping("/admin/publications/{id}/supervision-review")
	String supervisionReview(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			PublicationStatus status = this.review.supervisionReview(id, approve, comment);
			redirect.addFlashAttribute("done", switch (status) {
				case DRAFT -> "supervision-returned";
				case IN_LEADER_APPROVAL -> "supervision-sent-for-sign-off";
				default -> "supervision-published";
			});
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/publications/" + id;
	}

	@PostMapping("/admin/publications/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return decided(id, redirect, () -> this.review.signOff(id, approve, comment), "sign-off-returned", true);
	}

	@PostMapping("/admin/publications/{id}/mask")
	String mask(@PathVariable long id, @RequestParam TextField field, @RequestParam int start,
			RedirectAttributes redirect) {
		return done(id, redirect, "masked", () -> this.review.maskFinding(id, field, start));
	}

	@PostMapping("/admin/publications/{id}/mask-all")
	String maskAll(@PathVariable long id, RedirectAttributes redirect) {
		return done(id, redirect, "masked", () -> this.review.maskAll(id));
	}

	@PostMapping("/admin/publications/{id}/justify")
	String justify(@PathVariable long id, @RequestParam TextField field, @RequestParam FindingType type,
			@RequestParam int start, @RequestParam(required = false) Long attachment,
			@RequestParam(defaultValue = "") String justification, RedirectAttributes redirect) {
		return done(id, redirect, "justified",
				() -> this.review.justifyFinding(id, field, attachment, type, start, justification));
	}

	/**
	 * The upload form of the item page. A refused file re-renders the page with the
	 * Chinese reason and a 4xx status (413 when too large). A body over the multipart
	 * limits never gets here: Tomcat refuses it while the CSRF filter reads the form, and
	 * the error page answers 413 in Chinese (checked by hand against the packaged jar).
	 */
	@PostMapping("/admin/publications/{id}/attachments")
	String addAttachment(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolationException("upload.empty", "No file");
			}
			try (InputStream in = file.getInputStream()) {
				this.attachments.addAttachment(id, in, file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw new RuleViolationException("upload.unreadable", "Upload unreadable: " + ex.getMessage());
			}
			redirect.addFlashAttribute("done", "attachment-added");
			return "redirect:/admin/publications/" + id;
		}
		catch (RuleViolationException ex) {
			response.setStatus("upload.too-large".equals(ex.messageKey()) ? 413 : 400);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return item(id, model);
		}
	}

	@GetMapping("/admin/publications/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentDownloads.of(this.attachments.attachment(id, attachmentId));
	}

	private String form(Model model, long agencyId, PublicationItem existing, PublicationForm form) {
		if (!model.containsAttribute("form")) {
			// after a failed binding the binding result holds what was typed: keep it
			model.addAttribute("form", form);
		}
		if (!model.containsAttribute("lifecycleForm")) {
			model.addAttribute("lifecycleForm", LifecycleForm.of(PolicyFields.NONE, ""));
		}
		if (!model.containsAttribute("revising")) {
			model.addAttribute("revising", false);
		}
		model.addAttribute("revision",
				existing != null && this.publications.lifecycle(existing.id()).revisionOf() != null);
		model.addAttribute("existing", existing);
		model.addAttribute("agency", this.agencies.details(agencyId).summary());
		model.addAttribute("columns", this.catalog.publicTree(agencyId));
		model.addAttribute("genres", Genre.values());
		model.addAttribute("validities", Validity.values());
		model.addAttribute("themes", Theme.values());
		return "publication/admin/form";
	}

	/**
	 * Whether binding failed (a bad date) or a field broke a drafting rule (every such
	 * problem is on the form by now, so all show at once); the lifecycle fields' errors
	 * are shown with the form's. The page then answers 400.
	 */
	/** The problems of the draft's fields and of its policy fields, all at once. */
	private List<RuleViolationException> problems(long agencyId, PublicationForm form, LifecycleForm lifecycle) {
		List<RuleViolationException> problems = new ArrayList<>(this.drafting.problems(agencyId, form.draft()));
		problems.addAll(this.drafting.policyProblems(form.draft(), lifecycle.policy()));
		return problems;
	}

	private static boolean refused(BindingResult result, BindingResult lifecycleResult, HttpServletResponse response) {
		if (lifecycleResult.hasErrors()) {
			result.reject("typeMismatch", "typeMismatch");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return true;
		}
		return false;
	}

	/**
	 * Runs a review decision and comes back to the item page saying where it led
	 * ({@link #outcome}) or why it was refused.
	 */
	private String decided(long id, RedirectAttributes redirect, Supplier<PublicationStatus> decision, String returned,
			boolean signOff) {
		try {
			redirect.addFlashAttribute("done", outcome(decision.get(), returned, signOff));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/publications/" + id;
	}

	/**
	 * The {@code publication.done.<what>} of a decision (the leader's sign-off or a
	 * confidentiality reviewer's) that led to {@code status}.
	 */
	private static String outcome(PublicationStatus status, String returned, boolean signOff) {
		return switch (status) {
			case DRAFT -> returned;
			case IN_LEADER_APPROVAL -> "sent-for-sign-off";
			case SCHEDULED -> signOff ? "signed-off-scheduled" : "scheduled";
			default -> signOff ? "signed-off" : "published";
		};
	}

	/**
	 * Runs a step and comes back to the item page saying what happened
	 * ({@code publication.done.<what>}) or why it was refused.
	 */
	private String done(long id, RedirectAttributes redirect, String what, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("done", what);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/publications/" + id;
	}

}
