package org.gongkai.inspection.rules;

import java.time.Duration;

/**
 * Whether the public site counts as unavailable, after the single-veto item of the
 * website check (国办秘函〔2019〕19号): over the past week, at least 20 probes were made and at
 * least 5 % of them failed (no answer within 15 seconds, or an error status).
 */
public final class Availability {

	/** The window the probes are counted in. */
	public static final Duration WINDOW = Duration.ofDays(7);

	/** Fewer probes than this say nothing. */
	public static final int MIN_PROBES = 20;

	/** The failing share, in percent, from which the site is unavailable. */
	public static final int FAILED_PERCENT = 5;

	private Availability() {
	}

	/** Whether {@code failed} of {@code probes} probes make the site unavailable. */
	public static boolean unavailable(long probes, long failed) {
		return probes >= MIN_PROBES && failed * 100 >= FAILED_PERCENT * probes;
	}

}
