package org.gongkai.publication;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * 索引号 (docs/legal-rules.md, Proactive disclosure): format, parsing, and issue per agency
 * and year without gaps.
 */
@GongkaiTest
class IndexNumberTests {

	@Autowired
	IndexNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void printsAndReadsTheExampleOfTheDomainRules() {
		IndexNumber number = IndexNumber.parse("11441700007280420Y/2021-00050");
		assertThat(number).isEqualTo(new IndexNumber("11441700007280420Y", 2021, 50));
		assertThat(number.toString()).isEqualTo("11441700007280420Y/2021-00050");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11441700007280420X/2021-00050", "11441700007280420Y/2021-0050",
			"11441700007280420Y/21-00050", "11441700007280420Y/2021-00000", "11441700007280420Y-2021-00050",
			"11441700007280420Y/2021-00050/", "<script>/2021-00001", "" })
	void refusesWhatIsNotAnIndexNumber(String text) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> IndexNumber.parse(text));
	}

	@Test
	void issuesConsecutiveNumbersPerAgencyAndYear() {
		String code = AgencyFixtures.randomCreditCode();
		long agency = Math.abs(code.hashCode()) + 1_000_000L;
		List<String> issued = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			issued.add(this.transactions.execute((s) -> this.numbers.issue(agency, code, 2026)).toString());
		}
		this.transactions.executeWithoutResult((s) -> {
			this.numbers.issue(agency, code, 2026);
			s.setRollbackOnly();
		});
		issued.add(this.transactions.execute((s) -> this.numbers.issue(agency, code, 2026)).toString());
		issued.add(this.transactions.execute((s) -> this.numbers.issue(agency, code, 2027)).toString());
		assertThat(issued).containsExactly(code + "/2026-00001", code + "/2026-00002", code + "/2026-00003",
				code + "/2026-00004", code + "/2027-00001");
	}

}
