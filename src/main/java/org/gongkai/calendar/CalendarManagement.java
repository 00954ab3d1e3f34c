package org.gongkai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.rules.NoticeDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loading holiday notices: the bundled ones on first start, and those an administrator
 * enters or imports. Each load is audited and announced with {@link CalendarChanged}.
 */
@Service
public class CalendarManagement {

	private static final Logger log = LoggerFactory.getLogger(CalendarManagement.class);

	private final NoticeYears years;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarManagement(NoticeYears years, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.years = years;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a year's notice, replacing the one loaded before, as an administrator's act.
	 * @param notice the validated notice
	 * @return a summary of what is now stored
	 */
	@Transactional
	public NoticeSummary importNotice(HolidayNotice notice) {
		notice.validate();
		return store(notice, "ADMIN", currentUser());
	}

	/** Every stored notice, newest year first. */
	@Transactional(readOnly = true)
	public List<NoticeSummary> notices() {
		return this.years.findAll()
			.stream()
			.sorted(Comparator.comparingInt(NoticeYear::year).reversed())
			.map(CalendarManagement::summary)
			.toList();
	}

	/**
	 * Loads the bundled notices of years not stored yet. Years the bundle has no days for
	 * (no notice published when it was made) are left out, so they count as unknown.
	 * @return how many years were loaded
	 */
	@Transactional
	public int loadBundled() {
		int loaded = 0;
		for (HolidayNotice notice : BundledNotices.read()) {
			if (!this.years.existsById(notice.year())) {
				store(notice, "BUNDLED", "system");
				loaded++;
			}
		}
		if (loaded > 0) {
			log.info("Loaded {} bundled holiday notices", loaded);
		}
		return loaded;
	}

	private NoticeSummary store(HolidayNotice notice, String source, String by) {
		NoticeYear year = this.years.findById(notice.year()).orElse(null);
		String before = (year != null) ? year.summary() : null;
		if (year == null) {
			year = new NoticeYear(notice.year());
		}
		year.replace(notice, source, Instant.now(this.clock), by);
		this.years.save(year);
		this.audit.record(AuditRecord.of("calendar.notice-loaded", "HolidayNotice", notice.year())
			.withBefore(before)
			.withAfter(year.summary())
			.withActor("system".equals(by) ? "system" : null));
		this.events.publishEvent(new CalendarChanged(notice.year()));
		return summary(year);
	}

	private static NoticeSummary summary(NoticeYear year) {
		List<NoticeDay> days = year.days();
		int off = (int) days.stream().filter(NoticeDay::offDay).count();
		return new NoticeSummary(year.year(), year.source(), year.loadedAt(), year.loadedBy(), off, days.size() - off,
				year.papers());
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	/**
	 * A stored notice in brief.
	 */
	public record NoticeSummary(int year, String source, Instant loadedAt, String loadedBy, int daysOff,
			int workingWeekends, List<String> papers) {

	}

}
