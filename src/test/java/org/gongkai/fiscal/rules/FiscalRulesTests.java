package org.gongkai.fiscal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.fiscal.FundPart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain fiscal rules: the 20 days, amounts, 三公经费 changes, fund parts, village totals.
 */
class FiscalRulesTests {

	@Test
	void theLastDayIsTheApprovalDayPlusTwentyCalendarDays() {
		// Budget Law art. 14; Civil Code art. 201: counting starts the next day
		assertThat(DisclosureDeadline.dueOn(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(DisclosureDeadline.dueOn(LocalDate.of(2026, 1, 25))).isEqualTo(LocalDate.of(2026, 2, 14));
	}

	@Test
	void aDisclosureAfterTheLastDayOrStillMissingAfterItIsLate() {
		LocalDate approved = LocalDate.of(2026, 3, 10);
		assertThat(DisclosureDeadline.late(approved, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(DisclosureDeadline.late(approved, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 1))).isTrue();
		assertThat(DisclosureDeadline.late(approved, null, LocalDate.of(2026, 3, 30))).isFalse();
		assertThat(DisclosureDeadline.late(approved, null, LocalDate.of(2026, 3, 31))).isTrue();
	}

	@Test
	void amountsAreNonNegativeWithAtMostTwoDecimals() {
		assertThat(Amounts.parse("1,286.4")).isEqualByComparingTo("1286.40");
		assertThat(Amounts.parse(" 0 ")).isEqualByComparingTo("0");
		assertThat(Amounts.parse("12.50").scale()).isEqualTo(2);
		for (String bad : new String[] { null, "", "-1", "1.005", "abc", "1e5", "9".repeat(30), "1000000000000", "NaN",
				"１２" }) {
			assertThat(Amounts.parse(bad)).as(bad).isNull();
		}
	}

	@Test
	void anExplanationIsRequiredAsSoonAsOneFigureChanged() {
		BigDecimal one = new BigDecimal("1.00");
		BigDecimal two = new BigDecimal("2.00");
		assertThat(CostChanges.explanationMissing("", one, new BigDecimal("1"), two, two)).isFalse();
		assertThat(CostChanges.explanationMissing("  ", one, two, two, two)).isTrue();
		assertThat(CostChanges.explanationMissing(null, two, two, two, one)).isTrue();
		assertThat(CostChanges.explanationMissing("压减车辆", one, two)).isFalse();
	}

	@Test
	void aFundWithOnlyItsTotalMissesEveryOtherPart() {
		assertThat(FundParts.present(true, "", " ", null, 0, "")).containsExactly(FundPart.TOTAL);
		assertThat(FundParts.required(true)).containsExactlyInAnyOrder(FundPart.values());
		assertThat(FundParts.required(false)).doesNotContain(FundPart.RECIPIENTS);
		assertThat(FundParts.present(true, "依据", "办法", "", 3, "已拨付")).containsAll(FundParts.required(true));
		assertThat(FundParts.present(false, "依据", "办法", "分配到3个项目", 0, "已拨付")).containsAll(FundParts.required(false));
	}

	@Test
	void eachVillagesHouseholdsMustAddUpToItsStatedTotal() {
		Map<String, BigDecimal> sums = VillageTotals.sums(List.of("甲村", "乙村", "甲村"),
				List.of(new BigDecimal("100.00"), new BigDecimal("50.00"), new BigDecimal("20.50")));
		assertThat(sums).containsEntry("甲村", new BigDecimal("120.50"));
		Map<String, BigDecimal> stated = new LinkedHashMap<>();
		stated.put("甲村", new BigDecimal("120.5"));
		stated.put("乙村", new BigDecimal("60.00"));
		stated.put("丙村", new BigDecimal("10.00"));
		assertThat(VillageTotals.check(sums, stated)).containsExactly(
				new VillageTotals.Mismatch("乙村", new BigDecimal("50.00"), new BigDecimal("60.00")),
				new VillageTotals.Mismatch("丙村", BigDecimal.ZERO, new BigDecimal("10.00")));
		assertThat(VillageTotals.check(sums, Map.of("甲村", new BigDecimal("120.50"))))
			.containsExactly(new VillageTotals.Mismatch("乙村", new BigDecimal("50.00"), null));
	}

}
