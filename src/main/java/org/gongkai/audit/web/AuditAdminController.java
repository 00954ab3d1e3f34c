package org.gongkai.audit.web;

import java.time.LocalDate;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit administrator's pages: the log with filters, and the chain verification.
 */
@Controller
class AuditAdminController {

	private final AuditLog audit;

	AuditAdminController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, objectType, objectId, from, to);
		model.addAttribute("query", query);
		model.addAttribute("entries", this.audit.find(query, page, 50));
		return "audit/list";
	}

	@PostMapping("/admin/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.audit.verify());
		return list(null, null, null, null, null, null, 0, model);
	}

}
