package org.gongkai.village.rules;

import java.util.Map;

/**
 * The cadence of each column of the village catalogue (catalog/village-catalogue.txt), by
 * its template code (Organic Law of Villagers' Committees art. 30): the accounts (收支明细)
 * on the finance cadence the installation chose, monthly or quarterly; party affairs,
 * village affairs, collective assets, projects, subsidies, assistance recipients, village
 * rules and meeting resolutions as they happen (when a decision is made, a project starts
 * or ends, a subsidy is paid out).
 */
public final class VillageColumns {

	/** The code of the accounts column (收支明细). */
	public static final String ACCOUNTS = "vl-fin-accounts";

	private static final Map<String, Boolean> FINANCE_CADENCE = Map.of(ACCOUNTS, true);

	private VillageColumns() {
	}

	/**
	 * The cadence of the column with this template code: {@code financeCadence} for the
	 * accounts, {@link Cadence#AS_EVENTS_HAPPEN} for every other column (and for columns
	 * a village added, which have no code).
	 */
	public static Cadence cadenceOf(String code, Cadence financeCadence) {
		return (code != null && FINANCE_CADENCE.containsKey(code)) ? financeCadence : Cadence.AS_EVENTS_HAPPEN;
	}

	/** Whether a column of the village catalogue: its code starts with {@code vl-}. */
	public static boolean villageColumn(String code) {
		return code != null && code.startsWith("vl-");
	}

}
