package org.gongkai.request.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.privacy.FindingType;
import org.gongkai.request.delivery.DeliveredInformation;
import org.gongkai.request.delivery.DeliveryView;
import org.gongkai.request.delivery.FileContent;
import org.gongkai.request.delivery.PdfRedactions;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page of what a (partial) disclosure delivers: the text (masked by the privacy
 * scanner), the files (removed before release after a confirmation page of its own), the
 * redaction of PDFs and the redaction log. A refused step re-renders the page with the
 * Chinese reason and a 4xx status and changes nothing.
 */
@Controller
class DeliveryAdminController {

	private final DeliveredInformation delivered;

	private final PdfRedactions redactions;

	DeliveryAdminController(DeliveredInformation delivered, PdfRedactions redactions) {
		this.delivered = delivered;
		this.redactions = redactions;
	}

	@GetMapping("/admin/requests/{id}/delivery")
	String page(@PathVariable long id, Model model) {
		DeliveryView view = this.delivered.forStaff(id);
		model.addAttribute("delivery", view);
		model.addAttribute("findingTypes", FindingType.values());
		return "request/admin/delivery";
	}

	@PostMapping("/admin/requests/{id}/delivery/text")
	String text(@PathVariable long id, @RequestParam(defaultValue = "") String text, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			List<DeliveryView.FindingCount> masked = this.delivered.writeText(id, text);
			redirect.addFlashAttribute("doneKey", "delivery.text.saved");
			redirect.addFlashAttribute("masked", masked);
			return "redirect:/admin/requests/" + id + "/delivery";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("text", text);
			return refused(id, ex, model, response);
		}
	}

	@PostMapping("/admin/requests/{id}/delivery/files")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolationException("upload.empty", "No file");
			}
			try (InputStream in = file.getInputStream()) {
				this.delivered.attach(id, in, file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw new RuleViolationException("upload.unreadable", "Upload unreadable: " + ex.getMessage());
			}
			redirect.addFlashAttribute("doneKey", "delivery.file.added");
			return "redirect:/admin/requests/" + id + "/delivery";
		}
		catch (RuleViolationException ex) {
			return refused(id, ex, model, response);
		}
	}

	@PostMapping("/admin/requests/{id}/delivery/files/{fileId}/redaction")
	String redact(@PathVariable long id, @PathVariable long fileId,
			@RequestParam(defaultValue = "false") boolean findings, @RequestParam(defaultValue = "") String phrases,
			@RequestParam(defaultValue = "") String areas, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.redactions.redact(id, fileId, findings, phrases, areas, reason);
			redirect.addFlashAttribute("doneKey", "delivery.redaction.done");
			return "redirect:/admin/requests/" + id + "/delivery";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("redactFile", fileId);
			model.addAttribute("phrases", phrases);
			model.addAttribute("areas", areas);
			model.addAttribute("reason", reason);
			return refused(id, ex, model, response);
		}
	}

	/** The page that asks the clerk to confirm removing a file. */
	@GetMapping("/admin/requests/{id}/delivery/files/{fileId}/removal")
	String removal(@PathVariable long id, @PathVariable long fileId, Model model) {
		DeliveryView view = this.delivered.forStaff(id);
		model.addAttribute("delivery", view);
		model.addAttribute("file",
				view.files()
					.stream()
					.filter((f) -> f.id() == fileId)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Delivered file " + fileId)));
		return "request/admin/delivery-remove";
	}

	@PostMapping("/admin/requests/{id}/delivery/files/{fileId}/removal")
	String remove(@PathVariable long id, @PathVariable long fileId, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.delivered.remove(id, fileId);
			redirect.addFlashAttribute("doneKey", "delivery.file.removed");
			return "redirect:/admin/requests/" + id + "/delivery";
		}
		catch (RuleViolationException ex) {
			return refused(id, ex, model, response);
		}
	}

	@GetMapping("/admin/requests/{id}/delivery/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
		return file(this.delivered.staffFile(id, fileId));
	}

	/** A delivered file as a download: attachment, never cached, never sniffed. */
	static ResponseEntity<byte[]> file(FileContent file) {
		String name = file.fileName();
		int dot = name.lastIndexOf('.');
		String extension = (dot >= 0 && name.length() - dot <= 6) ? name.substring(dot) : "";
		return LetterDownloads.of(name, "information" + extension, file.mediaType(), file.bytes());
	}

	private String refused(long id, RuleViolationException ex, Model model, HttpServletResponse response) {
		response.setStatus("upload.too-large".equals(ex.messageKey()) ? 413 : ex.status());
		model.addAttribute("errorKey", ex.messageKey());
		model.addAttribute("errorArguments", ex.arguments());
		return page(id, model);
	}

}
