package org.gongkai.assessment.web;

/** A veto rule as typed. */
record VetoForm(String vetoTitle, String vetoRule, String ceiling) {

	static VetoForm empty() {
		return new VetoForm("", "", "60");
	}

}
