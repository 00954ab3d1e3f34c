package org.gongkai.agency;

import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * GB 32100-2015 check character (docs/legal-rules.md, Proactive disclosure).
 */
class CreditCodeTests {

	@Test
	void acceptsTheExampleOfTheDomainRules() {
		assertThat(CreditCode.isValid("11441700007280420Y")).isTrue();
		assertThat(CreditCode.checkCharacter("11441700007280420")).isEqualTo('Y');
	}

	@Test
	void acceptsACodeWhoseCheckIsZero() {
		// 31 - (sum mod 31) = 31 becomes 0
		String first17 = AgencyFixtures.first17WithCheck('0');
		assertThat(CreditCode.isValid(first17 + "0")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "11441700007280420X", "11441700007280420", "11441700007280420YY", "", "11441700007280420y",
			"1144170000728042OY", "11A41700007280420Y", "11441700007280420I", "<script>alert(1)</script>" })
	void rejectsWrongCheckLengthAlphabetAndDivision(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@Test
	void parseNormalisesWhatPeopleType() {
		assertThat(CreditCode.parse(" 11441700007280420y ").value()).isEqualTo("11441700007280420Y");
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> CreditCode.parse(null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("agency.credit-code.invalid"));
	}

	@Test
	void everyGeneratedFixtureCodeIsValid() {
		for (int i = 0; i < 200; i++) {
			assertThat(CreditCode.isValid(AgencyFixtures.randomCreditCode())).isTrue();
		}
	}

}
