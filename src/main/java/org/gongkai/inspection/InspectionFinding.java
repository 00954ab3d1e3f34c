package org.gongkai.inspection;

/**
 * One problem an inspection found.
 *
 * @param rule the stable rule code ({@code COLUMN_STALE}, …)
 * @param severity {@code VETO}, {@code DEDUCTION} or {@code NOTICE}
 * @param title what is wrong, in Chinese
 * @param objectType what it is about: {@code Agency}, {@code Column},
 * {@code Publication}, {@code Request}, {@code Letter}, {@code AnnualReport}
 * @param objectId the object's id (a year for an annual report)
 * @param url the back-office or public page where it is fixed or seen
 */
public record InspectionFinding(String rule, String severity, String title, String objectType, String objectId,
		String url) {

	/** Whether it fails the site outright. */
	public boolean veto() {
		return "VETO".equals(this.severity);
	}

	/** The key that finds the same problem again in a later run. */
	public String key() {
		return this.rule + "|" + this.objectType + "|" + this.objectId;
	}

}
