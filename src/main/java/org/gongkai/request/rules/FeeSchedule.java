package org.gongkai.request.rules;

import java.math.BigDecimal;

/**
 * The information-processing fee of 国办函〔2020〕109号 (Regulations art. 42;
 * docs/legal-rules.md, Fees): charged either per application or per volume, never both,
 * each super-progressive. Amounts in yuan.
 */
public final class FeeSchedule {

	private FeeSchedule() {
	}

	/**
	 * The fee for an applicant's {@code ordinal}-th application in one calendar month,
	 * when charged per application: the 1st–10th free; the 11th–30th 100 yuan each; from
	 * the 31st, bands of 10 whose price rises by 100 yuan a band (31st–40th 200,
	 * 41st–50th 300, …).
	 * @param ordinal 1 for the applicant's first application of the month
	 */
	public static BigDecimal perApplication(int ordinal) {
		if (ordinal < 1) {
			throw new IllegalArgumentException("ordinal must be at least 1: " + ordinal);
		}
		if (ordinal <= 10) {
			return BigDecimal.ZERO;
		}
		if (ordinal <= 30) {
			return BigDecimal.valueOf(100);
		}
		int band = (ordinal - 31) / 10;
		return BigDecimal.valueOf(200L + 100L * band);
	}

	/**
	 * The fee for one answer of {@code pages} pages (paper, e-mail or copies), when
	 * charged per volume, each band at its own rate: pages 1–30 free, 31–100 at 10 yuan,
	 * 101–200 at 20 yuan, from 201 at 40 yuan a page.
	 */
	public static BigDecimal perVolume(int pages) {
		if (pages < 0) {
			throw new IllegalArgumentException("pages must not be negative: " + pages);
		}
		long fee = 10L * band(pages, 30, 100) + 20L * band(pages, 100, 200) + 40L * band(pages, 200, Integer.MAX_VALUE);
		return BigDecimal.valueOf(fee);
	}

	/** How many of {@code pages} fall after page {@code from} up to page {@code to}. */
	private static long band(int pages, int from, int to) {
		return Math.max(0, Math.min(pages, to) - from);
	}

}
