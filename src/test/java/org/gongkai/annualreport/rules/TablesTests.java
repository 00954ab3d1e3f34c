package org.gongkai.annualreport.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Tables 三 and 四 as values: rows in official order, sums, equality. */
class TablesTests {

	@Test
	void table3KeepsItsRowsInOrderFillsMissingOnesWithZeroAndDropsExtraNumbers() {
		Table3 table = Table3.of(Map.of("4", new long[] { 1, 2, 3, 4, 5, 6, 21, 99 }, "unknown", new long[] { 7 }, "2",
				new long[] { 8 }));
		assertThat(table.rows().keySet()).containsExactlyElementsOf(Table3.ROWS);
		assertThat(table.row("4")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 21L);
		assertThat(table.row("2")).containsExactly(8L, 0L, 0L, 0L, 0L, 0L, 0L);
		assertThat(table.cell("4", 6)).isEqualTo(21);
		assertThat(table.row("1")).containsOnly(0L);
		assertThat(Table3.RESULT_ROWS).hasSize(21).startsWith("3.1").endsWith("3.6.3");
	}

	@Test
	void table3RefusesARowItDoesNotHave() {
		Table3 table = Table3.of(null);
		assertThatIllegalArgumentException().isThrownBy(() -> table.cell("5", 0)).withMessageContaining("5");
		assertThatIllegalArgumentException().isThrownBy(() -> table.row("5")).withMessageContaining("5");
	}

	@Test
	void table3SumsCellByCellAndComparesByItsCells() {
		Table3 a = Table3.of(Map.of("1", new long[] { 1, 0, 0, 0, 0, 0, 1 }));
		Table3 b = Table3.of(Map.of("1", new long[] { 2, 0, 0, 0, 0, 3, 5 }, "4", new long[] { 1 }));
		Table3 sum = a.plus(b);
		assertThat(sum.row("1")).containsExactly(3L, 0L, 0L, 0L, 0L, 3L, 6L);
		assertThat(sum.row("4")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L);
		assertThat(a.row("1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(sum).isEqualTo(b.plus(a)).hasSameHashCodeAs(b.plus(a)).isNotEqualTo(a).isNotEqualTo("table");
		assertThat(sum.hashCode()).isNotEqualTo(a.hashCode());
		assertThat(sum.toString()).startsWith("Table3{1=[3, 0, 0, 0, 0, 3, 6], 2=");
	}

	@Test
	void table4KeepsItsRowsInOrderAndSumsCellByCell() {
		Table4 a = Table4.of(Map.of("lawsuit_direct", new long[] { 1, 2, 0, 0, 3, 9 }));
		Table4 b = Table4
			.of(Map.of("lawsuit_direct", new long[] { 1 }, "reconsideration", new long[] { 0, 0, 0, 2, 2 }));
		assertThat(a.rows().keySet()).containsExactlyElementsOf(Table4.ROWS);
		assertThat(a.row("lawsuit_direct")).containsExactly(1L, 2L, 0L, 0L, 3L);
		assertThat(a.cell("lawsuit_direct", 4)).isEqualTo(3);
		Table4 sum = a.plus(b);
		assertThat(sum.rows()).isEqualTo(Map.of("reconsideration", List.of(0L, 0L, 0L, 2L, 2L), "lawsuit_direct",
				List.of(2L, 2L, 0L, 0L, 3L), "lawsuit_after_reconsideration", List.of(0L, 0L, 0L, 0L, 0L)));
		assertThat(sum).isEqualTo(b.plus(a)).hasSameHashCodeAs(b.plus(a)).isNotEqualTo(a).isNotEqualTo("table");
		assertThat(sum.hashCode()).isNotEqualTo(a.hashCode());
		assertThat(sum.toString()).startsWith("Table4{reconsideration=[0, 0, 0, 2, 2], lawsuit_direct=");
	}

}
