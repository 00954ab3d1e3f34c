package org.gongkai.inspection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencySummary;
import org.gongkai.inspection.AgencyStanding;
import org.gongkai.inspection.InspectionFinding;
import org.gongkai.inspection.InspectionReport;
import org.gongkai.inspection.Inspections;
import org.gongkai.inspection.Rectification;
import org.gongkai.inspection.RectificationView;
import org.gongkai.inspection.TaskState;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspection's back-office pages: the agencies the user may inspect ranked by vetoes
 * and open tasks, one agency's report with its tasks and history, the overdue tasks.
 * Every page and step checks on the server that the user may inspect the agency.
 */
@Controller
class InspectionAdminController {

	private static final int PAGE = 30;

	private static final int MAX_PAGE = 100;

	private final Inspections inspections;

	private final Rectification rectification;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final InspectionPdfs pdfs;

	InspectionAdminController(Inspections inspections, Rectification rectification, MessageSource messages,
			InspectionPdfs pdfs, java.time.Clock clock) {
		this.clock = clock;
		this.pdfs = pdfs;
		this.inspections = inspections;
		this.rectification = rectification;
		this.messages = messages;
	}

	@GetMapping("/admin/inspection")
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, HttpServletRequest http) {
		String text = ListParameters.text(q);
		List<AgencyStanding> matching = this.inspections.ranking()
			.stream()
			.filter((s) -> ListPage.contains(text, s.agency().name(), s.agency().creditCode()))
			.toList();
		Page<AgencyStanding> rows = ListPage.of(matching, ListParameters.page(page),
				ListParameters.size(size, PAGE, MAX_PAGE), MAX_PAGE);
		model.addAttribute("standings", rows.getContent());
		model.addAttribute("first", rows.getNumber() * rows.getSize());
		model.addAttribute("q", text);
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		model.addAttribute("overdue", this.rectification.overdue().size());
		model.addAttribute("zone", this.clock.getZone());
		return "inspection/index";
	}

	@GetMapping("/admin/inspection/ranking.xlsx")
	void export(HttpServletResponse response) throws java.io.IOException {
		RankingWorkbook.write(this.inspections.ranking(), this.messages, response);
	}

	@GetMapping("/admin/inspection/ranking.pdf")
	void exportPdf(HttpServletResponse response) throws java.io.IOException {
		this.pdfs.ranking(this.inspections.ranking(), this.clock.getZone(),
				java.time.LocalDate.now(this.clock).toString(), response);
	}

	@GetMapping("/admin/inspection/{creditCode}/report.pdf")
	void reportPdf(@PathVariable String creditCode, HttpServletResponse response) throws java.io.IOException {
		AgencySummary agency = this.inspections.inspectable(creditCode);
		this.pdfs.report(agency, this.inspections.latestIfAny(agency.id()).orElse(null),
				this.rectification.ofAgency(agency.id()), this.clock.getZone(), response);
	}

	@GetMapping("/admin/inspection/overdue")
	String overdue(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			Model model, HttpServletRequest http) {
		Page<RectificationView> rows = ListPage.of(this.rectification.overdue(), ListParameters.page(page),
				ListParameters.size(size, PAGE, MAX_PAGE), MAX_PAGE);
		model.addAttribute("tasks", rows.getContent());
		model.addAttribute("agencies",
				this.inspections.inspectableAgencies().stream().collect(Collectors.toMap(AgencySummary::id, (a) -> a)));
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return "inspection/overdue";
	}

	@GetMapping("/admin/inspection/{creditCode}")
	String report(@PathVariable String creditCode, Model model) {
		AgencySummary agency = this.inspections.inspectable(creditCode);
		fill(agency, model);
		return "inspection/report";
	}

	@PostMapping("/admin/inspection/{creditCode}/run")
	String run(@PathVariable String creditCode, RedirectAttributes redirect) {
		InspectionReport report = this.inspections.run(creditCode);
		redirect.addFlashAttribute("done", this.messages.getMessage("inspection.done.ran",
				new Object[] { report.findings().size() }, Locale.SIMPLIFIED_CHINESE));
		return "redirect:/admin/inspection/" + report.agency();
	}

	@PostMapping("/admin/inspection/{creditCode}/tasks")
	String createTask(@PathVariable String creditCode, @RequestParam(required = false) String key,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String workingDays,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencySummary agency = this.inspections.inspectable(creditCode);
		List<RuleViolationException> problems = new ArrayList<>(this.rectification.problems(owner, workingDays));
		if (problems.isEmpty()) {
			try {
				this.rectification.create(agency.id(), key, owner, workingDays);
				redirect.addFlashAttribute("done", message("inspection.done.task-created"));
				return "redirect:/admin/inspection/" + agency.creditCode();
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		return refused(agency, problems, key, owner, workingDays, model, response);
	}

	@PostMapping("/admin/inspection/tasks/{id}/close")
	String closeTask(@PathVariable long id, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RectificationView task = this.rectification.task(id);
		AgencySummary agency = this.inspections.inspectableAgencies()
			.stream()
			.filter((a) -> a.id() == task.agencyId())
			.findFirst()
			.orElseThrow();
		try {
			this.rectification.close(id, note);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("closing", id);
			model.addAttribute("note", note);
			return refused(agency, List.of(ex), null, null, null, model, response);
		}
		redirect.addFlashAttribute("done", message("inspection.done.task-closed"));
		return "redirect:/admin/inspection/" + agency.creditCode();
	}

	private String refused(AgencySummary agency, List<RuleViolationException> problems, String key, String owner,
			String workingDays, Model model, HttpServletResponse response) {
		fill(agency, model);
		model.addAttribute("problems",
				problems.stream()
					.map((p) -> this.messages.getMessage(p.messageKey(), p.arguments(), Locale.SIMPLIFIED_CHINESE))
					.toList());
		model.addAttribute("formKey", key);
		model.addAttribute("owner", owner);
		model.addAttribute("workingDays", workingDays);
		response.setStatus(400);
		return "inspection/report";
	}

	private void fill(AgencySummary agency, Model model) {
		InspectionReport report = this.inspections.latestIfAny(agency.id()).orElse(null);
		List<RectificationView> tasks = this.rectification.ofAgency(agency.id());
		Set<String> openKeys = tasks.stream()
			.filter((t) -> t.state() == TaskState.OPEN)
			.map((t) -> t.rule() + "|" + t.objectType() + "|" + t.objectId())
			.collect(Collectors.toSet());
		model.addAttribute("agency", agency);
		model.addAttribute("report", report);
		model.addAttribute("findings", (report != null) ? report.findings() : List.<InspectionFinding>of());
		model.addAttribute("openKeys", openKeys);
		model.addAttribute("tasks", tasks);
		model.addAttribute("history", this.inspections.history(agency.id()));
		model.addAttribute("defaultDays", String.valueOf(this.rectification.defaultDays()));
		model.addAttribute("zone", this.clock.getZone());
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
