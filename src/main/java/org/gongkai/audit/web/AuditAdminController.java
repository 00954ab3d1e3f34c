package org.gongkai.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.audit.AuditEntryView;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit administrator's pages: the log with filters chosen from lists (actions and
 * object types named in Chinese), its export as CSV, and the chain verification.
 * Parameters are read as typed: a hostile page or size is clamped, a malformed date is no
 * filter.
 */
@Controller
class AuditAdminController {

	private static final int PAGE_SIZE = 50;

	/** The most entries one export holds. */
	static final int MAX_EXPORT = 50_000;

	private static final int EXPORT_BATCH = 200;

	private final AuditLog audit;

	private final MessageSource messages;

	AuditAdminController(AuditLog audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		AuditQuery query = query(actor, action, objectType, objectId, from, to);
		Page<AuditEntryView> entries = this.audit.find(query, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, 200));
		if (entries.getNumber() > 0 && entries.getNumber() >= entries.getTotalPages()) {
			entries = this.audit.find(query, Math.max(entries.getTotalPages() - 1, 0), entries.getSize());
		}
		model.addAttribute("query", query);
		model.addAttribute("entries", entries);
		model.addAttribute("actions", this.audit.actions());
		model.addAttribute("objectTypes", this.audit.objectTypes());
		model.addAttribute("pager",
				Pager.of(http, entries.getNumber(), entries.getTotalPages(), entries.getTotalElements()));
		return "audit/list";
	}

	/**
	 * The entries the filters select, newest first, as CSV for Excel: UTF-8 with a byte
	 * order mark, names in Chinese, and every cell that a spreadsheet would read as a
	 * formula ({@code = + - @}, tab, carriage return) made text with a leading quote.
	 */
	@GetMapping("/admin/audit/export.csv")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response) throws IOException {
		AuditQuery query = query(actor, action, objectType, objectId, from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("审计日志.csv", StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		CsvCells.row(out,
				List.of(text("audit.seq"), text("audit.time"), text("audit.actor"), text("audit.remote"),
						text("audit.action"), text("audit.object"), text("audit.csv.object-id"), text("audit.before"),
						text("audit.after")));
		int written = 0;
		for (int page = 0; written < MAX_EXPORT; page++) {
			Page<AuditEntryView> batch = this.audit.find(query, page, EXPORT_BATCH);
			for (AuditEntryView e : batch) {
				CsvCells.row(out,
						List.of(Long.toString(e.seq()), e.occurredAtText(), nullToEmpty(e.actor()),
								nullToEmpty(e.remoteAddr()), label("audit.action.", e.action()),
								label("audit.object.", e.objectType()), nullToEmpty(e.objectId()),
								nullToEmpty(e.before()), nullToEmpty(e.after())));
				written++;
			}
			if (!batch.hasNext()) {
				break;
			}
		}
		out.flush();
	}

	@PostMapping("/admin/audit/verify")
	String verify(Model model, HttpServletRequest http) {
		model.addAttribute("verification", this.audit.verify());
		return list(null, null, null, null, null, null, null, null, model, http);
	}

	private static AuditQuery query(String actor, String action, String objectType, String objectId, String from,
			String to) {
		return new AuditQuery(blankToNull(ListParameters.text(actor)), blankToNull(ListParameters.text(action)),
				blankToNull(ListParameters.text(objectType)), blankToNull(ListParameters.text(objectId)),
				ListParameters.date(from), ListParameters.date(to));
	}

	private String label(String prefix, String code) {
		if (code == null) {
			return "";
		}
		return this.messages.getMessage(prefix + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
