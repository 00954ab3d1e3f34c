package org.gongkai.request.rules;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer categories are exactly the result rows of table 三 (docs/legal-rules.md,
 * Answer types).
 */
class OutcomeTests {

	@Test
	void coverEveryResultRowOfTableThreeOnce() {
		List<String> rows = Arrays.stream(Outcome.values()).map(Outcome::row).toList();
		assertThat(rows).containsExactly("3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7",
				"3.3.8", "3.4.1", "3.4.2", "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2",
				"3.6.3");
	}

	@Test
	void readsRowCodesAsTheRegisterImportWritesThem() {
		assertThat(Outcome.ofRow(" 3.3.4 ")).contains(Outcome.WITHHELD_THIRD_PARTY);
		assertThat(Outcome.ofRow("3.6.2")).contains(Outcome.OTHER_FEE_UNPAID);
		assertThat(Outcome.ofRow("3.3")).isEmpty();
		assertThat(Outcome.ofRow("3.7")).as("the total row is not an outcome").isEmpty();
		assertThat(Outcome.ofRow(null)).isEmpty();
	}

	@Test
	void onlyFullDisclosureGoesOutWithoutALeader() {
		assertThat(Arrays.stream(Outcome.values()).filter((o) -> !o.needsLeaderApproval()))
			.containsExactly(Outcome.DISCLOSED);
	}

}
