package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The holiday notices shipped in {@code classpath:calendar/holidays-cn/*.json}. A file
 * without days (a year whose notice was not out when the data was copied) is not a notice
 * and is left out.
 */
final class BundledNotices {

	static final String LOCATION = "classpath:calendar/holidays-cn/*.json";

	private static final Logger log = LoggerFactory.getLogger(BundledNotices.class);

	private BundledNotices() {
	}

	static List<HolidayNotice> read() {
		List<HolidayNotice> notices = new ArrayList<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = file.getInputStream()) {
					notices.add(HolidayNotice.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
				catch (RuleViolationException ex) {
					log.debug("Bundled notice {} not loaded: {}", file.getFilename(), ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the bundled holiday notices", ex);
		}
		return notices;
	}

}
