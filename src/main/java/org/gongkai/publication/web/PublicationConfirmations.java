package org.gongkai.publication.web;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.AttachmentSummary;
import org.gongkai.publication.PublicationAttachments;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationRelease;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps on a publication that cannot be undone ask first, on a page of their own that
 * works without script: GET says what will happen, the form on it (POST, with the CSRF
 * token) does it. Withdrawing a published item takes it off the portal and out of search
 * for good; removing an attachment drops what was decided about it.
 */
@Controller
class PublicationConfirmations {

	private final PublicationQueries publications;

	private final PublicationAttachments attachments;

	private final PublicationRelease release;

	PublicationConfirmations(PublicationQueries publications, PublicationAttachments attachments,
			PublicationRelease release) {
		this.publications = publications;
		this.attachments = attachments;
		this.release = release;
	}

	@GetMapping("/admin/publications/{id}/withdraw")
	String confirmWithdrawal(@PathVariable long id, Model model) {
		PublicationItem item = this.publications.find(id);
		require(Role.LEADER, item);
		model.addAttribute("item", item);
		return "publication/admin/confirm-withdraw";
	}

	@PostMapping("/admin/publications/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.release.withdraw(id, reason);
			redirect.addFlashAttribute("done", "withdrawn");
			return "redirect:/admin/publications/" + id;
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute("reason", reason);
			return confirmWithdrawal(id, model);
		}
	}

	@GetMapping("/admin/publications/{id}/attachments/{attachmentId}/remove")
	String confirmRemoval(@PathVariable long id, @PathVariable long attachmentId, Model model) {
		PublicationItem item = this.publications.find(id);
		require(Role.CLERK, item);
		AttachmentSummary attachment = item.attachments()
			.stream()
			.filter((a) -> a.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId + " of publication " + id));
		model.addAttribute("item", item);
		model.addAttribute("attachment", attachment);
		return "publication/admin/confirm-remove-attachment";
	}

	@PostMapping("/admin/publications/{id}/attachments/{attachmentId}/remove")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		try {
			this.attachments.removeAttachment(id, attachmentId);
			redirect.addFlashAttribute("done", "attachment-removed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/publications/" + id;
	}

	private static void require(Role role, PublicationItem item) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !me.has(role, item.agencyId())) {
			throw new ForbiddenException(role + " of agency " + item.agencyId() + " required");
		}
	}

}
