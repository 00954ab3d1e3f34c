package org.gongkai.decisions.rules;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.decisions.CollectiveKind;
import org.gongkai.decisions.DecisionKind;
import org.gongkai.platform.RuleViolationException;

/**
 * What an agency's catalogue of decisions may hold. Village and residents' committees are
 * not administrative organs and keep none (their decisions are village affairs). A 三重一大
 * item names which of the four kinds it is; a township discloses the 重大事项决策 and 大额资金使用
 * ones (the appointment of cadres and the arrangement of projects are disclosed through
 * their own channels), so a township's catalogue holds no others.
 */
public final class CatalogueScope {

	private CatalogueScope() {
	}

	/** Whether the agency keeps a catalogue of major decisions at all. */
	public static boolean keepsCatalogue(AgencyLevel level) {
		return level != AgencyLevel.VILLAGE;
	}

	/**
	 * The problem with the item's kind for the agency, or {@code null} if there is none.
	 * @param subKind the 三重一大 kind, or {@code null}
	 */
	public static RuleViolationException problem(AgencyLevel level, DecisionKind kind, CollectiveKind subKind) {
		if (kind == null) {
			return new RuleViolationException("decisions.kind.missing", "No kind");
		}
		if (kind == DecisionKind.MAJOR_DECISION) {
			return (subKind != null) ? new RuleViolationException("decisions.sub-kind.not-collective",
					"A major decision has no 三重一大 kind") : null;
		}
		if (subKind == null) {
			return new RuleViolationException("decisions.sub-kind.missing", "No 三重一大 kind");
		}
		if (level == AgencyLevel.TOWNSHIP && subKind != CollectiveKind.MAJOR_MATTER
				&& subKind != CollectiveKind.LARGE_FUNDS) {
			return new RuleViolationException("decisions.sub-kind.township", "Township discloses only two kinds");
		}
		return null;
	}

}
