package org.gongkai.annualreport.rules;

import java.util.Map;

import org.gongkai.request.AppealCounts;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Table 四 from the appeal counts (docs/legal-rules.md, Annual report). */
class Table4CountingTests {

	@Test
	void eachKindIsARowOfItsFourResultsAndTheirTotal() {
		AppealCounts counts = new AppealCounts(2025, Map.of(AppealKind.RECONSIDERATION,
				Map.of(AppealResult.UPHELD, 1L, AppealResult.CORRECTED, 2L, AppealResult.OTHER, 3L,
						AppealResult.PENDING, 4L),
				AppealKind.LAWSUIT, Map.of(AppealResult.CORRECTED, 5L), AppealKind.LAWSUIT_AFTER_RECONSIDERATION,
				Map.of(AppealResult.PENDING, 6L, AppealResult.UPHELD, 7L)));
		Table4 table = Table4Counting.of(counts);
		assertThat(table.row("reconsideration")).containsExactly(1L, 2L, 3L, 4L, 10L);
		assertThat(table.row("lawsuit_direct")).containsExactly(0L, 5L, 0L, 0L, 5L);
		assertThat(table.row("lawsuit_after_reconsideration")).containsExactly(7L, 0L, 0L, 6L, 13L);
	}

	@Test
	void noCountsGiveAnEmptyTable() {
		assertThat(Table4Counting.of(null)).isEqualTo(Table4.of(null));
		assertThat(Table4Counting.of(new AppealCounts(2025, null))).isEqualTo(Table4.of(null));
	}

}
