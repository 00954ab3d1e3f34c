package org.gongkai.assessment.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongkai.inspection.rules.RuleCode;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The periods and the arithmetic of a score, as plain Java. */
class AssessmentRulesTests {

	@Test
	void periodsAreQuartersHalvesAndYearsWrittenAsInThePath() {
		Period q3 = Period.parse("2026Q3");
		assertThat(q3.kind()).isEqualTo(PeriodKind.QUARTER);
		assertThat(q3.first()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 10, 1));
		Period h1 = Period.parse("2026H1");
		assertThat(h1.kind()).isEqualTo(PeriodKind.HALF);
		assertThat(h1.first()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(h1.end()).isEqualTo(LocalDate.of(2026, 7, 1));
		Period year = Period.parse("2026");
		assertThat(year.kind()).isEqualTo(PeriodKind.YEAR);
		assertThat(year.end()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(Period.parse("2026Q4").code()).isEqualTo("2026Q4");
		assertThat(Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 6, 30)).code()).isEqualTo("2026Q2");
		assertThat(Period.containing(PeriodKind.HALF, LocalDate.of(2026, 7, 1)).code()).isEqualTo("2026H2");
		assertThat(Period.containing(PeriodKind.YEAR, LocalDate.of(2026, 7, 1)).code()).isEqualTo("2026");
	}

	@Test
	void anythingElseIsRefusedWithTheChineseMessagesKey() {
		for (String hostile : Arrays.asList(null, "", " ", "2026Q5", "2026Q0", "2026H3", "2026q3", "2026h1", "26Q3",
				"1999", "2100", "2026Q", "2026-Q3", " 2026Q3", "2026Q3 ", "２０２６", "2026Q3\u0000", "Q3",
				"9".repeat(10_000), "2026Q33", "2026H1Q2", "'; drop table asm_scheme; --", "<script>")) {
			assertThatThrownBy(() -> Period.parse(hostile)).as(String.valueOf(hostile))
				.isInstanceOf(RuleViolationException.class)
				.extracting((e) -> ((RuleViolationException) e).messageKey())
				.isEqualTo("assessment.period.invalid");
			assertThat(Period.valid(hostile)).isFalse();
		}
	}

	@Test
	void aComputedItemLosesItsDeductionPerFindingUpToItsCapAndNeverGoesBelowZero() {
		BigDecimal one = new BigDecimal("1");
		BigDecimal thirteen = new BigDecimal("13");
		// 每发现一处逾期答复扣1分，最多扣13分
		assertThat(Scoring.computed(thirteen, one, thirteen, 0)).isEqualByComparingTo("13");
		assertThat(Scoring.computed(thirteen, one, thirteen, 4)).isEqualByComparingTo("9");
		assertThat(Scoring.computed(thirteen, one, thirteen, 13)).isEqualByComparingTo("0");
		assertThat(Scoring.computed(thirteen, one, thirteen, 40)).isEqualByComparingTo("0");
		// a cap below the maximum keeps the rest
		assertThat(Scoring.computed(new BigDecimal("10"), new BigDecimal("0.5"), new BigDecimal("3"), 5))
			.isEqualByComparingTo("7.5");
		assertThat(Scoring.computed(new BigDecimal("10"), new BigDecimal("0.5"), new BigDecimal("3"), 50))
			.isEqualByComparingTo("7");
		assertThat(Scoring.deduction(new BigDecimal("0.25"), new BigDecimal("3"), 3)).isEqualByComparingTo("0.75");
	}

	@Test
	void aVetoLowersTheTotalToItsCeilingOrToZeroTheLowestWinning() {
		BigDecimal sum = Scoring.sum(List.of(new BigDecimal("40"), new BigDecimal("33.5"), new BigDecimal("12")));
		assertThat(sum).isEqualByComparingTo("85.5");
		assertThat(Scoring.total(sum, List.of())).isEqualByComparingTo("85.5");
		assertThat(Scoring.total(sum, List.of(new BigDecimal("60")))).isEqualByComparingTo("60");
		assertThat(Scoring.total(new BigDecimal("55"), List.of(new BigDecimal("60")))).isEqualByComparingTo("55");
		assertThat(Scoring.total(sum, List.of(new BigDecimal("60"), BigDecimal.ZERO))).isEqualByComparingTo("0");
	}

	@Test
	void typedPointsAreNumbersWithAtMostTwoDecimalsWithinTheMaximum() {
		BigDecimal ten = BigDecimal.TEN;
		assertThat(Scoring.parse("8", ten)).isEqualByComparingTo("8");
		assertThat(Scoring.parse(" 8.25 ", ten)).isEqualByComparingTo("8.25");
		assertThat(Scoring.parse("0", ten)).isEqualByComparingTo("0");
		for (String hostile : Arrays.asList(null, "", "-1", "10.01", "11", "8.123", "abc", "1e3", "NaN", "８",
				"99999999999999999999", "8,5", "0x10")) {
			assertThat(Scoring.parse(hostile, ten)).as(String.valueOf(hostile)).isNull();
		}
		assertThat(Scoring.text(new BigDecimal("60.00"))).isEqualTo("60");
		assertThat(Scoring.text(new BigDecimal("7.50"))).isEqualTo("7.5");
	}

	@Test
	void theRuleCodesASchemeMayCountAreTheInspectionsOwn() {
		assertThat(RuleCodes.ALL).containsExactlyElementsOf(Arrays.stream(RuleCode.values()).map(Enum::name).toList());
	}

}
