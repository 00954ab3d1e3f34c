package org.gongkai.search;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recall cases of {@link SearchRecallCases} on the default backend, the embedded
 * Lucene index (OpenSearchClusterTests runs the same cases on OpenSearch).
 */
@GongkaiTest
class SearchRecallTests {

	@Autowired
	SearchDocuments documents;

	@Autowired
	PublicationSearch search;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void theSharedRecallCasesPassOnLucene() {
		SearchRecallCases.Written written = SearchRecallCases.write(this.documents, this.transactions,
				LocalDate.now(this.clock));
		// read-sync: searchable when the writing transaction has committed
		assertThat(SearchRecallCases.indexed(this.search, written)).isEqualTo(SearchRecallCases.ITEMS.size());
		assertThat(SearchRecallCases.check(this.search, written)).isEqualTo(SearchRecallCases.CASES.size());
	}

}
