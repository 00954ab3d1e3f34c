package org.gongkai.demo;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.TestClock;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.decisions.CatalogueView;
import org.gongkai.decisions.DecisionReading;
import org.gongkai.decisions.DecisionStage;
import org.gongkai.decisions.ItemView;
import org.gongkai.decisions.Progress;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 河西镇's demo catalogue of major decisions: three items at different stages, the first
 * through a consultation of the township with its 采纳情况, the second waiting for its
 * collective discussion with a stage disclosed only by date, the third adjusted.
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoDecisionsTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	DecisionReading reading;

	@Test
	void theTownshipsCatalogueHasThreeDecisionsAtDifferentStages() {
		long hexi = this.agencies.findByCreditCode(DemoDecisions.HEXI).orElseThrow().summary().id();
		int year = TestClock.INSTANCE.today().minusDays(120).getYear();
		CatalogueView catalogue = this.reading.publicCatalogue(hexi, year).orElseThrow();
		assertThat(catalogue.items()).extracting(ItemView::title)
			.containsExactly(DemoDecisions.MARKET, DemoDecisions.FUND, DemoDecisions.ELDERLY);
		assertThat(catalogue.items()).extracting(ItemView::progress)
			.containsExactly(Progress.IMPLEMENTING, Progress.IN_PROGRESS, Progress.PLANNED);
		ItemView market = catalogue.items().get(0);
		assertThat(market.stage(DecisionStage.PUBLIC_PARTICIPATION).consultation().summary()).contains("采纳 11 条");
		assertThat(market.stage(DecisionStage.PUBLIC_PARTICIPATION).commentDays()).isEqualTo(35);
		assertThat(market.stages()).extracting((s) -> s.heldOn().isAfter(TestClock.INSTANCE.today()))
			.containsOnly(false);
		ItemView fund = catalogue.items().get(1);
		assertThat(fund.stage(DecisionStage.LEGALITY_REVIEW).summary()).isNull();
		assertThat(fund.stage(DecisionStage.EXPERT_ARGUMENT).skipped()).isTrue();
		assertThat(catalogue.items().get(2).adjusted()).isTrue();
		assertThat(catalogue.adjustments()).hasSize(1);
		assertThat(List.of(catalogue.publishedOn())).containsExactly(TestClock.INSTANCE.today().minusDays(120));
		assertThat(LocalDate.of(year, 1, 1)).isBeforeOrEqualTo(catalogue.publishedOn());
	}

}
