package org.gongkai.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.calendar.rules.NoticeDay;
import org.gongkai.platform.RuleViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year's State Council holiday notice as the calendar stores it, in the JSON format of
 * the bundled data
 * ({@code {"year":2026,"papers":["https://…"],"days":[{"name":"春节","date":"2026-02-15",
 * "isOffDay":true}]}}).
 *
 * @param year the notice's year
 * @param papers the addresses of the notice text
 * @param days the exceptions to the ordinary week
 */
public record HolidayNotice(int year, List<String> papers, List<NoticeDay> days) {

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	static final int MAX_DAYS = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public HolidayNotice {
		papers = List.copyOf(papers);
		days = List.copyOf(days);
	}

	/**
	 * Reads a notice from JSON in the bundled format and validates it.
	 * @param json the JSON text
	 * @return the notice
	 * @throws RuleViolationException with a message key naming what is wrong
	 */
	public static HolidayNotice parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new RuleViolationException("calendar.notice.not-json",
					"Notice is not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !root.path("year").isInt()) {
			throw new RuleViolationException("calendar.notice.no-year", "Notice has no integer year");
		}
		List<String> papers = new ArrayList<>();
		for (JsonNode paper : root.path("papers")) {
			if (!paper.isString()) {
				throw new RuleViolationException("calendar.notice.bad-paper", "Paper is not a string");
			}
			papers.add(paper.asString());
		}
		JsonNode daysNode = root.path("days");
		if (!daysNode.isArray()) {
			throw new RuleViolationException("calendar.notice.empty", "Notice has no days array");
		}
		List<NoticeDay> days = new ArrayList<>();
		int index = 0;
		for (JsonNode day : daysNode) {
			index++;
			JsonNode date = day.path("date");
			JsonNode name = day.path("name");
			JsonNode off = day.path("isOffDay");
			if (!date.isString() || !name.isString() || !off.isBoolean()) {
				throw new RuleViolationException("calendar.notice.bad-day",
						"Day " + index + " lacks date, name or isOffDay", index);
			}
			days.add(new NoticeDay(parseDate(date.asString(), index), name.asString().strip(), off.asBoolean()));
		}
		HolidayNotice notice = new HolidayNotice(root.path("year").asInt(), papers, days);
		notice.validate();
		return notice;
	}

	static LocalDate parseDate(String text, int index) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException("calendar.notice.bad-date", "Day " + index + " has a bad date: " + text,
					index, text);
		}
	}

	/**
	 * Checks the notice: a plausible year, at least one day and at most
	 * {@value #MAX_DAYS}, dates from December of the year before to January of the year
	 * after, no date twice, names present, make-up working days only on weekends, paper
	 * addresses http(s).
	 * @throws RuleViolationException naming the first problem
	 */
	public void validate() {
		if (this.year < MIN_YEAR || this.year > MAX_YEAR) {
			throw new RuleViolationException("calendar.notice.year-range", "Year out of range: " + this.year,
					String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
		}
		if (this.days.isEmpty() || this.days.size() > MAX_DAYS) {
			throw new RuleViolationException("calendar.notice.empty", "Notice has no days or too many", MAX_DAYS);
		}
		if (this.papers.size() > 5) {
			throw new RuleViolationException("calendar.notice.bad-paper", "Too many papers");
		}
		for (String paper : this.papers) {
			if (!isWebAddress(paper)) {
				throw new RuleViolationException("calendar.notice.bad-paper", "Paper is not an http(s) address");
			}
		}
		LocalDate first = LocalDate.of(this.year - 1, 12, 1);
		LocalDate last = LocalDate.of(this.year + 1, 1, 31);
		Set<LocalDate> seen = new HashSet<>();
		for (NoticeDay day : this.days) {
			if (day.date().isBefore(first) || day.date().isAfter(last)) {
				throw new RuleViolationException("calendar.notice.date-range", "Date outside the notice's year",
						day.date().toString(), String.valueOf(this.year));
			}
			if (!seen.add(day.date())) {
				throw new RuleViolationException("calendar.notice.duplicate", "Date listed twice",
						day.date().toString());
			}
			if (day.name() == null || day.name().isBlank() || day.name().length() > 50) {
				throw new RuleViolationException("calendar.notice.bad-name", "Day without a proper name",
						day.date().toString());
			}
		}
	}

	private static boolean isWebAddress(String text) {
		if (text == null || text.length() > 300) {
			return false;
		}
		try {
			URI uri = new URI(text.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
