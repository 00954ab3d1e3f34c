package org.gongkai.fiscal.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts in 万元 as typed: two places at most, never negative, never blank. */
class AmountsTests {

	@Test
	void amountsAreReadToTwoPlacesAndHostileTextIsNone() {
		assertThat(Amounts.parse("12.5")).isEqualTo(new BigDecimal("12.50"));
		assertThat(Amounts.parse(" 1,234.56 ")).isEqualTo(new BigDecimal("1234.56"));
		assertThat(Amounts.parse("1，234")).isEqualTo(new BigDecimal("1234.00"));
		assertThat(Amounts.parse("0")).isEqualTo(new BigDecimal("0.00"));
		assertThat(Amounts.parse("3.100")).as("trailing zeros are no third place").isEqualTo(new BigDecimal("3.10"));
		assertThat(Amounts.parse("3.105")).isNull();
		assertThat(Amounts.parse("-1")).isNull();
		assertThat(Amounts.parse("1e3")).isNull();
		assertThat(Amounts.parse("12.")).isNull();
		assertThat(Amounts.parse("")).isNull();
		assertThat(Amounts.parse("   ")).isNull();
		assertThat(Amounts.parse(null)).isNull();
		assertThat(Amounts.parse("1".repeat(21))).isNull();
		assertThat(Amounts.parse("999999999999.99")).isEqualTo(Amounts.MAX);
		assertThat(Amounts.parse("1000000000000")).isNull();
	}

	@Test
	void blankIsNothingTyped() {
		assertThat(Amounts.blank(null)).isTrue();
		assertThat(Amounts.blank("")).isTrue();
		assertThat(Amounts.blank("  ")).isTrue();
		assertThat(Amounts.blank("0")).isFalse();
	}

}
