package org.gongkai.agency;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for agencies: valid, unique-enough credit codes and ready-made agency data.
 */
public final class AgencyFixtures {

	private AgencyFixtures() {
	}

	/** A random valid credit code of a government organ (11) in a made-up division. */
	public static String randomCreditCode() {
		String first17 = "11" + digits(6) + digits(9);
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** Seventeen characters whose check character is {@code wanted}. */
	static String first17WithCheck(char wanted) {
		while (true) {
			String first17 = "11" + digits(15);
			if (CreditCode.checkCharacter(first17) == wanted) {
				return first17;
			}
		}
	}

	/** A county government's data with a fresh code. */
	public static AgencyData county(String name) {
		return new AgencyData(randomCreditCode(), name, name, AgencyLevel.COUNTY, null, "人民路1号", "530700",
				"工作日 8:30-17:30", "0771-5210001", null, "office@example.gov.cn", "https://www.example.gov.cn", 0);
	}

	/** An agency under {@code parent} with a fresh code. */
	public static AgencyData under(long parent, AgencyLevel level, String name) {
		return new AgencyData(randomCreditCode(), name, name, level, parent, null, null, null, null, null, null, null,
				0);
	}

	private static String digits(int n) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n; i++) {
			out.append(ThreadLocalRandom.current().nextInt(10));
		}
		return out.toString();
	}

}
