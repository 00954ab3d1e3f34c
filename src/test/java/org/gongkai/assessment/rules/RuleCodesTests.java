package org.gongkai.assessment.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheme item names inspection rules by their codes, exactly. */
class RuleCodesTests {

	@Test
	void onlyTheInspectionsCodesAreKnown() {
		assertThat(RuleCodes.known("HOME_STALE")).isTrue();
		assertThat(RuleCodes.known("SITE_UNAVAILABLE")).isTrue();
		assertThat(RuleCodes.known("SERVICE_GUIDE_INCOMPLETE")).isTrue();
		assertThat(RuleCodes.known("FUND_INCOMPLETE")).isTrue();
		assertThat(RuleCodes.known("home_stale")).isFalse();
		assertThat(RuleCodes.known("HOME_STALE ")).isFalse();
		assertThat(RuleCodes.known("")).isFalse();
		assertThat(RuleCodes.known(null)).isFalse();
	}

}
