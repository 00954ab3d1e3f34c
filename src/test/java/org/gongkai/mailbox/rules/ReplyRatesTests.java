package org.gongkai.mailbox.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shares in whole percent, rounded half up, or to one decimal for the statistics; mean
 * days to one decimal.
 */
class ReplyRatesTests {

	@Test
	void sharesAreWholePercentsRoundedHalfUpAndZeroWithoutAWhole() {
		assertThat(ReplyRates.percent(2, 3)).isEqualTo(67);
		assertThat(ReplyRates.percent(1, 3)).isEqualTo(33);
		assertThat(ReplyRates.percent(1, 8)).isEqualTo(13);
		assertThat(ReplyRates.percent(1, 200)).isEqualTo(1);
		assertThat(ReplyRates.percent(1, 201)).isZero();
		assertThat(ReplyRates.percent(5, 5)).isEqualTo(100);
		assertThat(ReplyRates.percent(0, 5)).isZero();
		assertThat(ReplyRates.percent(0, 0)).isZero();
		assertThat(ReplyRates.percent(3, 0)).isZero();
	}

	@Test
	void theMeanIsRoundedToOneDecimalAndAbsentWithoutAnswers() {
		assertThat(ReplyRates.averageDays(9, 2)).isEqualTo(4.5);
		assertThat(ReplyRates.averageDays(10, 3)).isEqualTo(3.3);
		assertThat(ReplyRates.averageDays(20, 3)).isEqualTo(6.7);
		assertThat(ReplyRates.averageDays(1, 20)).isEqualTo(0.1);
		assertThat(ReplyRates.averageDays(0, 4)).isEqualTo(0.0);
		assertThat(ReplyRates.averageDays(0, 0)).isNull();
		assertThat(ReplyRates.averageDays(7, 0)).isNull();
	}

	@Test
	void sharesForTheStatisticsHaveOneDecimalAndAreAbsentWithoutAWhole() {
		assertThat(ReplyRates.share(7, 8)).isEqualTo("87.5");
		assertThat(ReplyRates.share(2, 3)).isEqualTo("66.7");
		assertThat(ReplyRates.share(1, 3)).isEqualTo("33.3");
		assertThat(ReplyRates.share(1, 2000)).isEqualTo("0.1");
		assertThat(ReplyRates.share(1, 2001)).isEqualTo("0.0");
		assertThat(ReplyRates.share(5, 5)).isEqualTo("100.0");
		assertThat(ReplyRates.share(0, 5)).isEqualTo("0.0");
		assertThat(ReplyRates.share(0, 0)).isNull();
		assertThat(ReplyRates.share(3, 0)).isNull();
	}

	@Test
	void sharesAreRoundedHalfUpExactly() {
		assertThat(ReplyRates.share(121, 125)).isEqualTo("96.8");
		assertThat(ReplyRates.share(1, 16)).isEqualTo("6.3");
		assertThat(ReplyRates.share(1, 1600)).isEqualTo("0.1");
		assertThat(ReplyRates.share(3, 1600)).isEqualTo("0.2");
		assertThat(ReplyRates.share(1999, 2000)).isEqualTo("100.0");
		assertThat(ReplyRates.share(3999, 4000)).isEqualTo("100.0");
		assertThat(ReplyRates.share(7997, 8000)).isEqualTo("100.0");
		assertThat(ReplyRates.share(7995, 8000)).isEqualTo("99.9");
		assertThat(ReplyRates.tenths(121, 125)).isEqualTo(968);
		assertThat(ReplyRates.tenths(3, 0)).isZero();
	}

}
