package org.gongkai.calendar.web;

import java.time.LocalDate;

import org.gongkai.calendar.CalendarManagement;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.YearCalendar;
import org.gongkai.calendar.rules.DueDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar API: deadlines and year listings (public), notice import (system
 * administrator).
 */
@RestController
class CalendarApiController {

	private final WorkingDayCalendar calendar;

	private final CalendarManagement management;

	CalendarApiController(WorkingDayCalendar calendar, CalendarManagement management) {
		this.calendar = calendar;
		this.management = management;
	}

	/**
	 * The N-th working day after {@code from} (not counted):
	 * {@code {"from","workingDays","due","provisional"}}.
	 */
	@GetMapping("/api/v1/calendar/deadline")
	DueDate deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int workingDays) {
		return this.calendar.deadline(from, workingDays);
	}

	/** A year's days off and make-up working days, and whether its notice is loaded. */
	@GetMapping("/api/v1/calendar/{year}")
	YearCalendar year(@PathVariable int year) {
		return this.calendar.year(year);
	}

	/** Loads or replaces a year's notice, in the bundled JSON format. */
	@PostMapping(path = "/api/v1/admin/calendar/notices", consumes = MediaType.APPLICATION_JSON_VALUE)
	CalendarManagement.NoticeSummary importNotice(@RequestBody String json) {
		return this.management.importNotice(HolidayNotice.parse(json));
	}

}
