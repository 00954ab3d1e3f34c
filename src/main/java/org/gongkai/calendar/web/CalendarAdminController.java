package org.gongkai.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.CalendarManagement;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.NoticeDay;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's calendar pages: the loaded notices, entering a year's notice
 * by hand (one line a day: {@code 2027-01-01 元旦 休}), importing one as JSON.
 */
@Controller
class CalendarAdminController {

	private static final int MAX_UPLOAD = 64 * 1024;

	private final CalendarManagement management;

	private final WorkingDayCalendar calendar;

	CalendarAdminController(CalendarManagement management, WorkingDayCalendar calendar) {
		this.management = management;
		this.calendar = calendar;
	}

	@GetMapping("/admin/calendar")
	String list(Model model) {
		model.addAttribute("notices", this.management.notices());
		return "calendar/list";
	}

	@GetMapping("/admin/calendar/{year}")
	String year(@PathVariable int year, Model model) {
		model.addAttribute("year", this.calendar.year(year));
		return "calendar/year";
	}

	@PostMapping("/admin/calendar/enter")
	String enter(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String paper,
			@RequestParam(defaultValue = "") String days, Model model, RedirectAttributes redirect) {
		try {
			HolidayNotice notice = new HolidayNotice(parseYear(year),
					paper.isBlank() ? List.of() : List.of(paper.strip()), parseLines(days));
			notice.validate();
			return saved(this.management.importNotice(notice), redirect);
		}
		catch (RuleViolationException ex) {
			return failed(ex, model, year, paper, days);
		}
	}

	@PostMapping("/admin/calendar/import")
	String importJson(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			if (file.isEmpty() || file.getSize() > MAX_UPLOAD) {
				throw new RuleViolationException("calendar.notice.file-size", "Empty or oversized notice file");
			}
			String json = new String(file.getBytes(), StandardCharsets.UTF_8);
			return saved(this.management.importNotice(HolidayNotice.parse(json)), redirect);
		}
		catch (RuleViolationException ex) {
			return failed(ex, model, "", "", "");
		}
	}

	private String saved(CalendarManagement.NoticeSummary summary, RedirectAttributes redirect) {
		redirect.addFlashAttribute("savedYear", summary.year());
		return "redirect:/admin/calendar";
	}

	private String failed(RuleViolationException ex, Model model, String year, String paper, String days) {
		model.addAttribute("errorKey", ex.messageKey());
		model.addAttribute("errorArguments", ex.arguments());
		model.addAttribute("enteredYear", year);
		model.addAttribute("enteredPaper", paper);
		model.addAttribute("enteredDays", days);
		return list(model);
	}

	private static int parseYear(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException("calendar.notice.no-year", "Year is not a number");
		}
	}

	/** Lines {@code yyyy-MM-dd name 休|班}; blank lines are skipped. */
	static List<NoticeDay> parseLines(String text) {
		List<NoticeDay> days = new ArrayList<>();
		String[] lines = text.split("\\R");
		if (lines.length > 200) {
			throw new RuleViolationException("calendar.notice.empty", "Too many lines", 100);
		}
		int index = 0;
		for (String line : lines) {
			index++;
			String[] parts = line.strip().split("[\\s,，]+");
			if (line.isBlank()) {
				continue;
			}
			if (parts.length != 3 || !(parts[2].equals("休") || parts[2].equals("班"))) {
				throw new RuleViolationException("calendar.notice.bad-line", "Line " + index + " malformed", index);
			}
			days.add(new NoticeDay(parseDate(parts[0], index), parts[1], parts[2].equals("休")));
		}
		return days;
	}

	private static java.time.LocalDate parseDate(String text, int index) {
		try {
			return java.time.LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new RuleViolationException("calendar.notice.bad-date", "Line " + index + " has a bad date", index,
					text);
		}
	}

}
