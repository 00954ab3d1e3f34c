package org.gongkai.request.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.request.register.RegisterImport;
import org.gongkai.request.register.RegisterImportRefused;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office page to import a register (台账): choose one of the agencies the user may
 * import for and a CSV or XLSX file. Success redirects back with the count; a refused
 * file re-renders the page with every reason and its row (4xx), and nothing is stored.
 */
@Controller
class RegisterImportAdminController {

	private final RegisterImport registers;

	private final MessageSource messages;

	RegisterImportAdminController(RegisterImport registers, MessageSource messages) {
		this.registers = registers;
		this.messages = messages;
	}

	@GetMapping("/admin/requests/import")
	String form(Model model) {
		model.addAttribute("agencies", this.registers.importableAgencies());
		return "request/admin/import";
	}

	@PostMapping("/admin/requests/import")
	String upload(@RequestParam(required = false) String agency, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		String name = (file != null) ? file.getOriginalFilename() : null;
		try {
			int imported = this.registers.importRegister(agency, name, content).imported();
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/admin/requests/import";
		}
		catch (RegisterImportRefused ex) {
			response.setStatus(RegisterImportApiController.status(ex.kind()).value());
			model.addAttribute("result", ex.result());
		}
		catch (DataIntegrityViolationException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("result", RegisterImportApiController.conflict(this.messages));
		}
		model.addAttribute("selected", agency);
		return form(model);
	}

}
