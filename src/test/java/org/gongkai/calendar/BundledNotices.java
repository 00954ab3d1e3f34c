package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.RuleViolationException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The notices the platform ships, read the way the bundled loader reads them.
 */
final class BundledNotices {

	private BundledNotices() {
	}

	static List<HolidayNotice> all() {
		List<HolidayNotice> notices = new ArrayList<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(CalendarManagement.BUNDLED)) {
				try (InputStream in = file.getInputStream()) {
					notices.add(HolidayNotice.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
				catch (RuleViolationException ex) {
					// a year without days (no notice yet) is not a notice
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return notices;
	}

	static WorkingDayRules rules() {
		return WorkingDayRules.of(all());
	}

}
