package org.gongkai.calendar.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The days of the holiday notices shipped in {@code calendar/holidays-cn/<year>.json}
 * (the calendar module loads the same files, with their papers and validation, into the
 * database), a run of consecutive years from {@value #FIRST_YEAR}. A file without days (a
 * year whose notice was not out when the data was copied) is not a notice and is left
 * out.
 */
final class BundledNoticeDays {

	static final String LOCATION = "calendar/holidays-cn/";

	/** The first bundled year; the files run on from it year by year. */
	static final int FIRST_YEAR = 2007;

	/** The rules of the bundled notices, read once. */
	static final WorkingDayRules RULES = WorkingDayRules.of(read());

	private BundledNoticeDays() {
	}

	static Map<Integer, List<NoticeDay>> read() {
		JsonMapper json = JsonMapper.builder().build();
		Map<Integer, List<NoticeDay>> notices = new TreeMap<>();
		ClassLoader loader = BundledNoticeDays.class.getClassLoader();
		for (int year = FIRST_YEAR;; year++) {
			try (InputStream in = loader.getResourceAsStream(LOCATION + year + ".json")) {
				if (in == null) {
					return notices;
				}
				List<NoticeDay> days = days(json.readTree(in));
				if (!days.isEmpty()) {
					notices.put(year, days);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the bundled notice of " + year, ex);
			}
		}
	}

	private static List<NoticeDay> days(JsonNode notice) {
		List<NoticeDay> days = new ArrayList<>();
		for (JsonNode day : notice.path("days")) {
			days.add(new NoticeDay(LocalDate.parse(day.path("date").asString().strip()),
					day.path("name").asString().strip(), day.path("isOffDay").asBoolean()));
		}
		return days;
	}

}
