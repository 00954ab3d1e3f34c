package org.gongkai.decisions.rules;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.decisions.CollectiveKind;
import org.gongkai.decisions.DecisionKind;
import org.gongkai.decisions.DecisionStage;
import org.gongkai.decisions.Progress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment period counted as the Civil Code counts days, what a catalogue may hold
 * (villages keep none, a township discloses two kinds of 三重一大) and an item's progress.
 */
class DecisionRulesTests {

	@Test
	void theCommentPeriodDoesNotCountItsFirstDay() {
		LocalDate opens = LocalDate.of(2026, 6, 1);
		assertThat(CommentPeriod.days(opens, LocalDate.of(2026, 7, 1))).isEqualTo(30);
		assertThat(CommentPeriod.isShort(opens, LocalDate.of(2026, 7, 1))).isFalse();
		assertThat(CommentPeriod.isShort(opens, LocalDate.of(2026, 6, 30))).isTrue();
		assertThat(CommentPeriod.isShort(opens, LocalDate.of(2026, 7, 2))).isFalse();
		assertThat(CommentPeriod.days(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1))).isEqualTo(29);
	}

	@Test
	void villagesKeepNoCatalogue() {
		assertThat(CatalogueScope.keepsCatalogue(AgencyLevel.VILLAGE)).isFalse();
		for (AgencyLevel level : AgencyLevel.values()) {
			if (level != AgencyLevel.VILLAGE) {
				assertThat(CatalogueScope.keepsCatalogue(level)).as(level.name()).isTrue();
			}
		}
	}

	@Test
	void aMajorDecisionHasNoCollectiveKindAndACollectiveMatterNeedsOne() {
		assertThat(CatalogueScope.problem(AgencyLevel.COUNTY, DecisionKind.MAJOR_DECISION, null)).isNull();
		assertThat(CatalogueScope.problem(AgencyLevel.COUNTY, null, null).messageKey())
			.isEqualTo("decisions.kind.missing");
		assertThat(CatalogueScope.problem(AgencyLevel.COUNTY, DecisionKind.MAJOR_DECISION, CollectiveKind.LARGE_FUNDS)
			.messageKey()).isEqualTo("decisions.sub-kind.not-collective");
		assertThat(CatalogueScope.problem(AgencyLevel.COUNTY, DecisionKind.COLLECTIVE_MATTER, null).messageKey())
			.isEqualTo("decisions.sub-kind.missing");
		for (CollectiveKind kind : CollectiveKind.values()) {
			assertThat(CatalogueScope.problem(AgencyLevel.COUNTY, DecisionKind.COLLECTIVE_MATTER, kind)).isNull();
			assertThat(CatalogueScope.problem(AgencyLevel.DEPARTMENT, DecisionKind.COLLECTIVE_MATTER, kind)).isNull();
		}
	}

	@Test
	void aTownshipDisclosesOnlyMajorMattersAndLargeFunds() {
		assertThat(CatalogueScope.problem(AgencyLevel.TOWNSHIP, DecisionKind.COLLECTIVE_MATTER,
				CollectiveKind.MAJOR_MATTER))
			.isNull();
		assertThat(CatalogueScope.problem(AgencyLevel.TOWNSHIP, DecisionKind.COLLECTIVE_MATTER,
				CollectiveKind.LARGE_FUNDS))
			.isNull();
		for (CollectiveKind kind : List.of(CollectiveKind.CADRE_APPOINTMENT, CollectiveKind.MAJOR_PROJECT)) {
			assertThat(CatalogueScope.problem(AgencyLevel.TOWNSHIP, DecisionKind.COLLECTIVE_MATTER, kind).messageKey())
				.isEqualTo("decisions.sub-kind.township");
		}
		assertThat(CatalogueScope.problem(AgencyLevel.TOWNSHIP, DecisionKind.MAJOR_DECISION, null)).isNull();
	}

	@Test
	void anItemsProgressFollowsItsStages() {
		LocalDate day = LocalDate.of(2026, 5, 1);
		assertThat(ItemProgress.of(false, List.of())).isEqualTo(Progress.PLANNED);
		assertThat(ItemProgress.of(false, List.of(StageFact.skipped(DecisionStage.EXPERT_ARGUMENT))))
			.isEqualTo(Progress.IN_PROGRESS);
		assertThat(ItemProgress.of(false, List.of(StageFact.held(DecisionStage.COLLECTIVE_DISCUSSION, day))))
			.isEqualTo(Progress.IN_PROGRESS);
		assertThat(ItemProgress.of(false, List.of(StageFact.held(DecisionStage.DECISION, day),
				StageFact.held(DecisionStage.LEGALITY_REVIEW, day))))
			.isEqualTo(Progress.DECIDED);
		assertThat(ItemProgress.of(false, List.of(StageFact.held(DecisionStage.DECISION, day),
				StageFact.held(DecisionStage.IMPLEMENTATION, day))))
			.isEqualTo(Progress.IMPLEMENTING);
		assertThat(ItemProgress.of(false, List.of(StageFact.held(DecisionStage.IMPLEMENTATION, day),
				StageFact.held(DecisionStage.DECISION, day))))
			.isEqualTo(Progress.IMPLEMENTING);
		assertThat(ItemProgress.of(true, List.of(StageFact.held(DecisionStage.IMPLEMENTATION, day))))
			.isEqualTo(Progress.REMOVED);
		assertThat(ItemProgress.of(true, List.of())).isEqualTo(Progress.REMOVED);
	}

	@Test
	void theStagesSaySkippableAndRepeatable() {
		assertThat(List.of(DecisionStage.values()).stream().filter(DecisionStage::skippable)).containsExactly(
				DecisionStage.PUBLIC_PARTICIPATION, DecisionStage.EXPERT_ARGUMENT, DecisionStage.RISK_ASSESSMENT);
		assertThat(List.of(DecisionStage.values()).stream().filter(DecisionStage::repeatable))
			.containsExactly(DecisionStage.IMPLEMENTATION);
	}

}
