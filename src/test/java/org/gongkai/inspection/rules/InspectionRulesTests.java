package org.gongkai.inspection.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection's plain rules: staleness per column kind, the veto thresholds, the
 * letters' and reports' deadlines, wording and internal links.
 */
class InspectionRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void aColumnIsSilentOnlyOnceItsKindsPeriodHasPassed() {
		Period news = Period.ofWeeks(2);
		assertThat(ColumnChecks.silent(news, TODAY.minusDays(14), TODAY)).isFalse();
		assertThat(ColumnChecks.silent(news, TODAY.minusDays(15), TODAY)).isTrue();
		assertThat(ColumnChecks.silent(Period.ofMonths(6), TODAY.minusMonths(6), TODAY)).isFalse();
		assertThat(ColumnChecks.silent(Period.ofMonths(6), TODAY.minusMonths(6).minusDays(1), TODAY)).isTrue();
		assertThat(ColumnChecks.silent(Period.ofYears(1), TODAY.minusYears(1).minusDays(1), TODAY)).isTrue();
		assertThat(ColumnChecks.silent(null, null, TODAY)).as("static columns have no rule").isFalse();
		assertThat(ColumnChecks.silent(news, null, TODAY)).as("no date counts as not updated").isTrue();
		assertThat(ColumnChecks.homeStale(TODAY.minusDays(15), TODAY)).isTrue();
		assertThat(ColumnChecks.homeStale(TODAY.minusDays(14), TODAY)).isFalse();
	}

	@Test
	void theVetoThresholdsAreFiveSilentNewsColumnsTenOverdueColumnsAndFiveEmptyColumns() {
		assertThat(ColumnChecks.staleSeverity(4, 9)).isEqualTo(Severity.DEDUCTION);
		assertThat(ColumnChecks.staleSeverity(5, 5)).isEqualTo(Severity.VETO);
		assertThat(ColumnChecks.staleSeverity(0, 10)).isEqualTo(Severity.VETO);
		assertThat(ColumnChecks.emptySeverity(4)).isEqualTo(Severity.DEDUCTION);
		assertThat(ColumnChecks.emptySeverity(5)).isEqualTo(Severity.VETO);
	}

	@Property
	void moreSilentColumnsNeverLowerTheSeverity(@ForAll @IntRange(max = 30) int news,
			@ForAll @IntRange(max = 30) int others) {
		Severity fewer = ColumnChecks.staleSeverity(news, news + others);
		Severity more = ColumnChecks.staleSeverity(news + 1, news + others + 1);
		assertThat(more.ordinal()).isLessThanOrEqualTo(fewer.ordinal());
	}

	@Test
	void aLetterCountsAsUnansweredAfterThreeMonthsOrWhenAnsweredLaterWithinTheYear() {
		LocalDate received = TODAY.minusMonths(4);
		assertThat(Deadlines.unansweredThreeMonths(received, null, TODAY)).isTrue();
		assertThat(Deadlines.unansweredThreeMonths(TODAY.minusMonths(3), null, TODAY)).isFalse();
		assertThat(Deadlines.unansweredThreeMonths(received, received.plusMonths(2), TODAY)).isFalse();
		assertThat(Deadlines.unansweredThreeMonths(received, received.plusMonths(3).plusDays(1), TODAY)).isTrue();
		LocalDate old = TODAY.minusYears(3);
		assertThat(Deadlines.unansweredThreeMonths(old, old.plusMonths(5), TODAY)).as("answered late years ago")
			.isFalse();
		assertThat(Deadlines.letterOverdue(TODAY.minusDays(1), null, TODAY)).isTrue();
		assertThat(Deadlines.letterOverdue(TODAY, null, TODAY)).isFalse();
		assertThat(Deadlines.letterOverdue(TODAY.minusDays(1), TODAY, TODAY)).isFalse();
	}

	@Test
	void theGuideAndTheAnnualReportHaveTheirDeadlines() {
		assertThat(Deadlines.guideOutdated(TODAY.minusYears(1), TODAY)).isFalse();
		assertThat(Deadlines.guideOutdated(TODAY.minusYears(1).minusDays(1), TODAY)).isTrue();
		assertThat(Deadlines.guideOutdated(null, TODAY)).isTrue();
		LocalDate due = LocalDate.of(2026, 1, 31);
		assertThat(Deadlines.reportMissing(due, false, LocalDate.of(2026, 1, 31))).isFalse();
		assertThat(Deadlines.reportMissing(due, false, LocalDate.of(2026, 2, 1))).isTrue();
		assertThat(Deadlines.reportMissing(due, true, TODAY)).isFalse();
		assertThat(Deadlines.reportLate(due, due)).isFalse();
		assertThat(Deadlines.reportLate(due, due.plusDays(1))).isTrue();
		assertThat(Deadlines.reportLate(due, null)).isFalse();
	}

	@Test
	void wordingFindsWrongFormsButNotTheRightFormsThatContainThem() {
		Wording wording = Wording.parse(List.of("中华人名共和国→中华人民共和国", "人民共和→人民共和国", "", "  敏感词  ", "->x"),
				Wording.Kind.TERM);
		assertThat(wording.errorsIn("根据中华人名共和国有关规定")).extracting(Wording.Rule::wrong).containsExactly("中华人名共和国");
		assertThat(wording.errorsIn("中华人民共和国政府信息公开条例")).as("the right form contains 人民共和").isEmpty();
		assertThat(wording.errorsIn("人民共和的理想")).extracting(Wording.Rule::wrong).containsExactly("人民共和");
		assertThat(wording.errorsIn("这里有敏感词")).extracting(Wording.Rule::right).containsExactly((String) null);
		assertThat(wording.errorsIn(null)).isEmpty();
	}

	@Property
	void textMadeOfRightFormsNeverBreaksTheRules(@ForAll @IntRange(min = 1, max = 5) int times,
			@ForAll @StringLength(max = 5) String filler) {
		Wording wording = Wording.parse(List.of("人民共和→人民共和国", "共和国→共和国"), Wording.Kind.TERM);
		String text = (filler.replace("人", "").replace("共", "") + "中华人民共和国").repeat(times);
		assertThat(wording.errorsIn(text)).isEmpty();
	}

	@Test
	void internalLinksAreItemsAttachmentsAndColumnsOfThePublicSite() {
		String code = "11110000MB0000001X";
		String html = "<p><a href=\"/agencies/" + code + "/publications/12\">a</a> <a href='/agencies/" + code
				+ "/publications/12/attachments/7'>b</a> <a href=\"/agencies/" + code
				+ "/columns/3?page=2\">c</a> <a href=\"https://example.org/x\">d</a> <a href=\"/agencies/" + code
				+ "/publications/12\">again</a> <a href=\"/agencies/" + code + "/guide\">guide</a></p>";
		assertThat(InternalLinks.in(html)).extracting(InternalLinks.Link::target)
			.containsExactly(InternalLinks.Target.ITEM, InternalLinks.Target.ATTACHMENT, InternalLinks.Target.COLUMN);
		assertThat(InternalLinks.in(html).get(1).attachmentId()).isEqualTo(7L);
		assertThat(InternalLinks.in(null)).isEmpty();
		assertThat(InternalLinks.in("<a href=\"/agencies/x/publications/99999999999999999999\">")).isEmpty();
	}

	@Test
	void theSingleVetoItemsAreVetoes() {
		assertThat(RuleCode.HOME_STALE.severity()).isEqualTo(Severity.VETO);
		assertThat(RuleCode.LETTER_UNANSWERED_3M.severity()).isEqualTo(Severity.VETO);
		assertThat(RuleCode.WORDING.severity()).isEqualTo(Severity.VETO);
		assertThat(RuleCode.LATE_PUBLICATION.severity()).isEqualTo(Severity.DEDUCTION);
	}

}
