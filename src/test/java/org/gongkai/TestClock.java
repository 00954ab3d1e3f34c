package org.gongkai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one clock of every test: it stands still at 10:00 (Asia/Shanghai) on the suite's
 * day and moves only when a test moves it. Application contexts get it as their
 * {@link Clock} bean ({@link TestClockContextCustomizerFactory}); before each test class
 * and each test method {@link TestClockListener} sets it back to the suite's day, or to
 * the day a class names with {@link TestToday}.
 * <p>
 * The suite's day is the system property {@value #PROPERTY} (set by Maven's
 * {@code gongkai.test.today}, see pom.xml), so the whole suite can be run on any date; CI
 * runs it on several. Nothing in a test reads the wall clock.
 */
public final class TestClock extends Clock {

	/** The system property naming the suite's day (ISO date). */
	public static final String PROPERTY = "gongkai.test.today";

	/** The day the suite runs on when nothing sets {@value #PROPERTY}. */
	public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 6, 15);

	/**
	 * The day of the test classes whose facts are worked out on the real calendar of 2025
	 * and 2026 (deadlines across the National Day holidays, appeals of a case received on
	 * 2025-12-01, an imported register): they are read on 1 December 2026 whatever day
	 * the suite runs on ({@link TestToday}).
	 */
	public static final String PINNED_CALENDAR_DAY = "2026-12-01";

	/** The time of day every test day starts at: office hours, far from midnight. */
	public static final LocalTime OPENING = LocalTime.of(10, 0);

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Shared by every context of the test JVM, as the wall clock would be. */
	public static final TestClock INSTANCE = new TestClock();

	private volatile Instant instant;

	private TestClock() {
		reset();
	}

	/**
	 * @return the suite's day: the system property {@value #PROPERTY} or 2026-06-15
	 */
	public static LocalDate suiteToday() {
		String configured = System.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			return DEFAULT_TODAY;
		}
		return LocalDate.parse(configured.trim());
	}

	/** Back to 10:00 on the suite's day. */
	public void reset() {
		setToday(suiteToday());
	}

	/** Stands still at 10:00 on the given day. */
	public void setToday(LocalDate today) {
		set(today.atTime(OPENING).atZone(ZONE).toInstant());
	}

	public void set(Instant now) {
		this.instant = Objects.requireNonNull(now);
	}

	/** Moves time on (or back, with a negative amount). */
	public void advance(Duration amount) {
		this.instant = this.instant.plus(amount);
	}

	/**
	 * @return the day it is now, in Asia/Shanghai
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.instant, ZONE);
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.instant, zone);
	}

	@Override
	public Instant instant() {
		return this.instant;
	}

	@Override
	public String toString() {
		return "TestClock[" + this.instant + "]";
	}

}
