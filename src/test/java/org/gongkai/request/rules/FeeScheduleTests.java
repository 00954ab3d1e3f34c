package org.gongkai.request.rules;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 国办函〔2020〕109号: the tiers and their edges.
 */
class FeeScheduleTests {

	@ParameterizedTest(name = "application no. {0} of the month costs {1} yuan")
	@CsvSource({ "1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300", "50, 300", "51, 400",
			"91, 800", "100, 800", "101, 900" })
	void perApplicationTiers(int ordinal, int yuan) {
		assertThat(FeeSchedule.perApplication(ordinal)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
	}

	@ParameterizedTest(name = "{0} pages cost {1} yuan")
	@CsvSource({ "0, 0", "30, 0", "31, 10", "100, 700", "101, 720", "200, 2700", "201, 2740", "250, 4700" })
	void perVolumeIsSuperProgressive(int pages, int yuan) {
		assertThat(FeeSchedule.perVolume(pages)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
	}

	@Property
	void onePageMoreNeverCostsLessNorMoreThanTheTopRate(@ForAll @IntRange(max = 5000) int pages) {
		BigDecimal step = FeeSchedule.perVolume(pages + 1).subtract(FeeSchedule.perVolume(pages));
		assertThat(step).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(40));
	}

	@Property
	void laterApplicationsNeverCostLess(@ForAll @IntRange(min = 1, max = 1000) int ordinal) {
		assertThat(FeeSchedule.perApplication(ordinal + 1)).isGreaterThanOrEqualTo(FeeSchedule.perApplication(ordinal));
	}

	@Test
	void thereIsNoApplicationBeforeTheFirstNorANegativeVolume() {
		assertThatThrownBy(() -> FeeSchedule.perApplication(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FeeSchedule.perVolume(-1)).isInstanceOf(IllegalArgumentException.class);
	}

}
