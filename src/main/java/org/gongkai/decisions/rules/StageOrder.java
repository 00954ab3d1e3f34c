package org.gongkai.decisions.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.decisions.DecisionStage;
import org.gongkai.platform.RuleViolationException;

/**
 * What a stage of a major decision needs before it can be recorded (重大行政决策程序暂行条例, Order
 * 713):
 * <ul>
 * <li>only public participation (art. 13), expert argument (art. 19) and risk assessment
 * (art. 22) may be marked as not applying, always with a reason;</li>
 * <li>a stage held has its day, not after today; public participation has its comment
 * period, at least 30 days unless a reason is given (art. 14,
 * {@link CommentPeriod});</li>
 * <li>the legality review comes before the collective discussion (art. 25, 28), which
 * needs every earlier stage recorded or marked as not applying;</li>
 * <li>the decision is recorded only after the collective discussion (art. 30, 32), and
 * implementation reports only after the decision (art. 33), none dated before the stage
 * it follows.</li>
 * </ul>
 * The same pairs hold when an earlier stage is changed after a later one was recorded.
 */
public final class StageOrder {

	/**
	 * Each stage that must have been held before another, that other, and the keys of the
	 * three ways the pair can be broken: the first missing, the other dated before it,
	 * the first dated after the other.
	 */
	private record Pair(DecisionStage first, DecisionStage then, String missing, String before, String after) {

	}

	private static final List<Pair> PAIRS = List.of(
			new Pair(DecisionStage.LEGALITY_REVIEW, DecisionStage.COLLECTIVE_DISCUSSION,
					"decisions.stage.legality-first", "decisions.held-on.before-legality",
					"decisions.held-on.after-discussion"),
			new Pair(DecisionStage.COLLECTIVE_DISCUSSION, DecisionStage.DECISION, "decisions.stage.discussion-first",
					"decisions.held-on.before-discussion", "decisions.held-on.after-decision"),
			new Pair(DecisionStage.DECISION, DecisionStage.IMPLEMENTATION, "decisions.stage.decision-first",
					"decisions.held-on.before-decision", "decisions.held-on.after-implementation"));

	private StageOrder() {
	}

	/**
	 * Everything that keeps {@code entry} from being recorded, each naming its field
	 * ({@code decisions.<field>.<problem>}); empty when it may be recorded.
	 * @param others the item's other stages as recorded (not the one being changed)
	 * @param today today in the platform's zone
	 */
	public static List<RuleViolationException> problems(StageEntry entry, List<StageFact> others, LocalDate today) {
		List<RuleViolationException> problems = new ArrayList<>();
		DecisionStage stage = entry.stage();
		if (entry.skipped()) {
			if (!stage.skippable()) {
				problems.add(new RuleViolationException("decisions.skipped.not-allowed", stage + " cannot be skipped"));
			}
			else if (entry.skipReason() == null || entry.skipReason().isBlank()) {
				problems.add(new RuleViolationException("decisions.skip-reason.missing", "No reason for skipping"));
			}
			return problems;
		}
		LocalDate on = entry.heldOn();
		if (on == null) {
			problems.add(new RuleViolationException("decisions.held-on.missing", "No day"));
		}
		else if (on.isAfter(today)) {
			problems.add(new RuleViolationException("decisions.held-on.future", "Day after today"));
		}
		if (stage == DecisionStage.PUBLIC_PARTICIPATION) {
			period(entry, problems);
		}
		if (stage == DecisionStage.COLLECTIVE_DISCUSSION) {
			earlier(others, DecisionStage.PUBLIC_PARTICIPATION, "decisions.stage.participation-missing", problems);
			earlier(others, DecisionStage.EXPERT_ARGUMENT, "decisions.stage.experts-missing", problems);
			earlier(others, DecisionStage.RISK_ASSESSMENT, "decisions.stage.risk-missing", problems);
		}
		if (on != null) {
			order(stage, on, others, problems);
		}
		return problems;
	}

	private static void earlier(List<StageFact> others, DecisionStage stage, String key,
			List<RuleViolationException> problems) {
		if (find(others, stage) == null) {
			problems.add(new RuleViolationException(key, stage + " neither recorded nor skipped"));
		}
	}

	private static void period(StageEntry entry, List<RuleViolationException> problems) {
		if (entry.endsOn() == null) {
			problems.add(new RuleViolationException("decisions.ends-on.missing", "No last day of comments"));
		}
		else if (entry.heldOn() != null) {
			if (entry.endsOn().isBefore(entry.heldOn())) {
				problems.add(new RuleViolationException("decisions.ends-on.before", "Period ends before it opens"));
			}
			else if (CommentPeriod.isShort(entry.heldOn(), entry.endsOn())
					&& (entry.shortReason() == null || entry.shortReason().isBlank())) {
				problems.add(new RuleViolationException("decisions.short-reason.missing", "Short period without reason",
						CommentPeriod.days(entry.heldOn(), entry.endsOn()), CommentPeriod.MIN_DAYS));
			}
		}
	}

	private static void order(DecisionStage stage, LocalDate on, List<StageFact> others,
			List<RuleViolationException> problems) {
		for (Pair pair : PAIRS) {
			if (stage == pair.then()) {
				StageFact earlier = find(others, pair.first());
				if (earlier == null || earlier.skipped()) {
					problems.add(new RuleViolationException(pair.missing(),
							pair.first() + " must come before " + pair.then()));
				}
				else if (on.isBefore(earlier.on())) {
					problems.add(new RuleViolationException(pair.before(),
							pair.then() + " dated before " + pair.first(), earlier.on()));
				}
			}
			if (stage == pair.first()) {
				for (StageFact later : others) {
					if (later.stage() == pair.then() && !later.skipped() && later.on().isBefore(on)) {
						problems.add(new RuleViolationException(pair.after(),
								pair.first() + " dated after " + pair.then(), later.on()));
						break;
					}
				}
			}
		}
	}

	private static StageFact find(List<StageFact> facts, DecisionStage stage) {
		return facts.stream().filter((f) -> f.stage() == stage).findFirst().orElse(null);
	}

}
