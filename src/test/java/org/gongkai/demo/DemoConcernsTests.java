package org.gongkai.demo;

import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.concerns.ConcernFilter;
import org.gongkai.concerns.ConcernState;
import org.gongkai.concerns.ConcernView;
import org.gongkai.concerns.Concerns;
import org.gongkai.publication.PublicationQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 河西镇's demo concerns hold on any day: one answered on time by a public item of its 回应关切
 * column, one answered late, one open past due.
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoConcernsTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	Concerns concerns;

	@Autowired
	PublicationQueries publications;

	@Test
	void theTownshipHasAConcernAnsweredOnTimeOneAnsweredLateAndOneOverdue() {
		long hexi = this.agencies.findByCreditCode(DemoConcerns.HEXI).orElseThrow().summary().id();
		List<ConcernView> all = this.concerns.ofAgency(hexi, ConcernFilter.ALL, null, null);
		assertThat(all).extracting(ConcernView::state)
			.containsExactlyInAnyOrder(ConcernState.ANSWERED_ON_TIME, ConcernState.ANSWERED_LATE, ConcernState.OVERDUE);
		assertThat(this.concerns.publicAnswered(hexi)).hasSize(2)
			.allMatch((c) -> c.byPublication() && this.publications.isPublic(c.publicationId()));
	}

}
