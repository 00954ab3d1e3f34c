package org.gongkai.decisions.rules;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.decisions.DecisionStage;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.decisions.DecisionStage.COLLECTIVE_DISCUSSION;
import static org.gongkai.decisions.DecisionStage.DECISION;
import static org.gongkai.decisions.DecisionStage.EXPERT_ARGUMENT;
import static org.gongkai.decisions.DecisionStage.IMPLEMENTATION;
import static org.gongkai.decisions.DecisionStage.LEGALITY_REVIEW;
import static org.gongkai.decisions.DecisionStage.PUBLIC_PARTICIPATION;
import static org.gongkai.decisions.DecisionStage.RISK_ASSESSMENT;

/**
 * The order of a major decision's stages (Order 713): what may be skipped, the day of a
 * stage, the comment period, the legality review before the collective discussion, the
 * decision after it and the implementation after the decision, both ways round.
 */
class StageOrderTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final List<StageFact> EARLY = List.of(StageFact.held(PUBLIC_PARTICIPATION, TODAY.minusDays(60)),
			StageFact.skipped(EXPERT_ARGUMENT), StageFact.held(RISK_ASSESSMENT, TODAY.minusDays(20)));

	static List<String> keys(StageEntry entry, List<StageFact> others) {
		return StageOrder.problems(entry, others, TODAY).stream().map(RuleViolationException::messageKey).toList();
	}

	static StageEntry held(DecisionStage stage, LocalDate on) {
		return new StageEntry(stage, on, null, false, "", "");
	}

	static List<StageFact> with(List<StageFact> base, StageFact... more) {
		List<StageFact> all = new java.util.ArrayList<>(base);
		all.addAll(List.of(more));
		return all;
	}

	@Test
	void onlyParticipationExpertsAndRiskMayBeSkippedAndAlwaysWithAReason() {
		for (DecisionStage stage : List.of(PUBLIC_PARTICIPATION, EXPERT_ARGUMENT, RISK_ASSESSMENT)) {
			assertThat(keys(new StageEntry(stage, null, null, true, "不涉及专业技术问题", ""), List.of())).isEmpty();
			assertThat(keys(new StageEntry(stage, null, null, true, " ", ""), List.of()))
				.containsExactly("decisions.skip-reason.missing");
			assertThat(keys(new StageEntry(stage, null, null, true, null, ""), List.of()))
				.containsExactly("decisions.skip-reason.missing");
		}
		for (DecisionStage stage : List.of(LEGALITY_REVIEW, COLLECTIVE_DISCUSSION, DECISION, IMPLEMENTATION)) {
			assertThat(keys(new StageEntry(stage, null, null, true, "理由", ""), List.of()))
				.containsExactly("decisions.skipped.not-allowed");
		}
	}

	@Test
	void aStageHeldHasItsDayAndNotAfterToday() {
		assertThat(keys(held(EXPERT_ARGUMENT, null), List.of())).containsExactly("decisions.held-on.missing");
		assertThat(keys(held(EXPERT_ARGUMENT, TODAY), List.of())).isEmpty();
		assertThat(keys(held(EXPERT_ARGUMENT, TODAY.plusDays(1)), List.of()))
			.containsExactly("decisions.held-on.future");
	}

	@Test
	void theCommentPeriodIsThirtyDaysUnlessAReasonIsGiven() {
		LocalDate opens = TODAY.minusDays(40);
		assertThat(keys(new StageEntry(PUBLIC_PARTICIPATION, opens, opens.plusDays(30), false, "", ""), List.of()))
			.isEmpty();
		List<RuleViolationException> problems = StageOrder.problems(
				new StageEntry(PUBLIC_PARTICIPATION, opens, opens.plusDays(29), false, "", null), List.of(), TODAY);
		assertThat(problems).extracting(RuleViolationException::messageKey)
			.containsExactly("decisions.short-reason.missing");
		assertThat(problems.get(0).arguments()).containsExactly(29L, 30);
		assertThat(keys(new StageEntry(PUBLIC_PARTICIPATION, opens, opens.plusDays(29), false, "", "  "), List.of()))
			.containsExactly("decisions.short-reason.missing");
		assertThat(
				keys(new StageEntry(PUBLIC_PARTICIPATION, opens, opens.plusDays(7), false, "", "防汛应急，情况紧急"), List.of()))
			.isEmpty();
		assertThat(keys(new StageEntry(PUBLIC_PARTICIPATION, opens, null, false, "", ""), List.of()))
			.containsExactly("decisions.ends-on.missing");
		assertThat(keys(new StageEntry(PUBLIC_PARTICIPATION, opens, opens.minusDays(1), false, "", "理由"), List.of()))
			.containsExactly("decisions.ends-on.before");
		assertThat(keys(new StageEntry(PUBLIC_PARTICIPATION, opens, opens, false, "", "当天截止"), List.of())).isEmpty();
		// the period may run on after today; without a first day only that is reported
		assertThat(keys(new StageEntry(PUBLIC_PARTICIPATION, TODAY, TODAY.plusDays(30), false, "", ""), List.of()))
			.isEmpty();
		assertThat(keys(new StageEntry(PUBLIC_PARTICIPATION, null, TODAY, false, "", ""), List.of()))
			.containsExactly("decisions.held-on.missing");
	}

	@Test
	void theCollectiveDiscussionNeedsTheLegalityReviewBeforeItAndEveryEarlierStage() {
		LocalDate day = TODAY.minusDays(5);
		assertThat(keys(held(COLLECTIVE_DISCUSSION, day), EARLY)).containsExactly("decisions.stage.legality-first");
		assertThat(keys(held(COLLECTIVE_DISCUSSION, day), with(EARLY, StageFact.held(LEGALITY_REVIEW, day)))).isEmpty();
		assertThat(
				keys(held(COLLECTIVE_DISCUSSION, day), with(EARLY, StageFact.held(LEGALITY_REVIEW, day.plusDays(1)))))
			.containsExactly("decisions.held-on.before-legality");
		assertThat(keys(held(COLLECTIVE_DISCUSSION, day), with(EARLY, StageFact.skipped(LEGALITY_REVIEW))))
			.containsExactly("decisions.stage.legality-first");
		List<RuleViolationException> missing = StageOrder.problems(held(COLLECTIVE_DISCUSSION, day),
				List.of(StageFact.held(LEGALITY_REVIEW, day), StageFact.skipped(EXPERT_ARGUMENT)), TODAY);
		assertThat(missing).extracting(RuleViolationException::messageKey)
			.containsExactly("decisions.stage.participation-missing", "decisions.stage.risk-missing");
		assertThat(
				keys(held(COLLECTIVE_DISCUSSION, day),
						List.of(StageFact.held(LEGALITY_REVIEW, day), StageFact.held(PUBLIC_PARTICIPATION, day),
								StageFact.held(RISK_ASSESSMENT, day))))
			.containsExactly("decisions.stage.experts-missing");
	}

	@Test
	void theDecisionComesOnlyAfterTheCollectiveDiscussionAndTheImplementationAfterTheDecision() {
		LocalDate day = TODAY.minusDays(10);
		assertThat(keys(held(DECISION, day), List.of())).containsExactly("decisions.stage.discussion-first");
		assertThat(keys(held(DECISION, day), List.of(StageFact.held(COLLECTIVE_DISCUSSION, day)))).isEmpty();
		assertThat(keys(held(DECISION, day), List.of(StageFact.held(COLLECTIVE_DISCUSSION, day.plusDays(1)))))
			.containsExactly("decisions.held-on.before-discussion");
		assertThat(keys(held(IMPLEMENTATION, day), List.of(StageFact.held(COLLECTIVE_DISCUSSION, day))))
			.containsExactly("decisions.stage.decision-first");
		assertThat(keys(held(IMPLEMENTATION, day), List.of(StageFact.held(DECISION, day)))).isEmpty();
		assertThat(keys(held(IMPLEMENTATION, day), List.of(StageFact.held(DECISION, day.plusDays(1)))))
			.containsExactly("decisions.held-on.before-decision");
	}

	@Test
	void anEarlierStageCannotBeMovedAfterALaterOneAlreadyRecorded() {
		LocalDate day = TODAY.minusDays(10);
		assertThat(keys(held(LEGALITY_REVIEW, day), List.of(StageFact.held(COLLECTIVE_DISCUSSION, day)))).isEmpty();
		assertThat(keys(held(LEGALITY_REVIEW, day), List.of(StageFact.held(COLLECTIVE_DISCUSSION, day.minusDays(1)))))
			.containsExactly("decisions.held-on.after-discussion");
		assertThat(keys(held(COLLECTIVE_DISCUSSION, day),
				with(EARLY, StageFact.held(LEGALITY_REVIEW, day), StageFact.held(DECISION, day.minusDays(1)))))
			.containsExactly("decisions.held-on.after-decision");
		assertThat(keys(held(DECISION, day),
				List.of(StageFact.held(COLLECTIVE_DISCUSSION, day), StageFact.held(IMPLEMENTATION, day.plusDays(3)),
						StageFact.held(IMPLEMENTATION, day.minusDays(1)))))
			.containsExactly("decisions.held-on.after-implementation");
		assertThat(keys(held(DECISION, day),
				List.of(StageFact.held(COLLECTIVE_DISCUSSION, day), StageFact.held(IMPLEMENTATION, day))))
			.isEmpty();
	}

	@Test
	void stagesWithoutAnOrderOfTheirOwnNeedOnlyTheirDay() {
		assertThat(
				keys(held(EXPERT_ARGUMENT, TODAY.minusDays(3)), List.of(StageFact.held(DECISION, TODAY.minusDays(9)))))
			.isEmpty();
		assertThat(keys(held(LEGALITY_REVIEW, TODAY.minusDays(3)), List.of())).isEmpty();
	}

}
