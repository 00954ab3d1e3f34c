package org.gongkai.village;

import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.Narrative;
import org.gongkai.annualreport.ReportReading;
import org.gongkai.annualreport.ReportRollup;
import org.gongkai.annualreport.ReportWriting;
import org.gongkai.annualreport.RollupView;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Villages owe no annual report under the Regulations (art. 49 binds administrative
 * organs): they are not in the county's roll-up nor in the list of reports, their leader
 * has no "unpublished report" to do, and no report can be written for them.
 */
@GongkaiTest
class VillageAnnualReportTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportRollup rollup;

	@Autowired
	ReportReading reading;

	@Autowired
	ReportWriting writing;

	@Test
	void villagesAreLeftOutOfTheRollUpTheListAndTheLeadersToDo() {
		VillageDesk desk = new VillageDesk(this.context);
		RollupView view = CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, desk.county,
				() -> this.rollup.rollup(2025));
		assertThat(view.rows()).extracting((r) -> r.agency().id())
			.contains(desk.county, desk.township)
			.doesNotContain(desk.village, desk.otherVillage, desk.farVillage);
		List<AgencySummary> listed = CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, desk.county,
				() -> this.reading.visibleAgencies());
		assertThat(listed).extracting(AgencySummary::id)
			.contains(desk.township)
			.doesNotContain(desk.village, desk.otherVillage);
		assertThat(CaseFixtures.as("village-leader", Role.LEADER, desk.village, () -> this.reading.awaitingLeader()))
			.isZero();
		boolean villageLeads = CaseFixtures.as("village-leader", Role.LEADER, desk.village,
				() -> this.reading.leadsAgencyOwingReport());
		boolean townLeads = CaseFixtures.as("town-leader", Role.LEADER, desk.township,
				() -> this.reading.leadsAgencyOwingReport());
		assertThat(villageLeads).isFalse();
		assertThat(townLeads).isTrue();
		assertThat(CaseFixtures.as("town-leader", Role.LEADER, desk.township, () -> this.reading.awaitingLeader()))
			.isEqualTo(1);
	}

	@Test
	void noReportCanBeWrittenForAVillage() {
		VillageDesk desk = new VillageDesk(this.context);
		assertThatThrownBy(() -> CaseFixtures.asDoing("village-clerk", Role.CLERK, desk.village,
				() -> this.writing.saveNarrative(desk.villageCode, 2025, new Narrative("概述", "问题", "其他"))))
			.isInstanceOf(RuleViolationException.class)
			.extracting((e) -> ((RuleViolationException) e).messageKey())
			.isEqualTo("annualreport.village");
	}

}
