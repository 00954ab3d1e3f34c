package org.gongkai.request.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 国办函〔2020〕109号: per application, an applicant's applications cumulate over the calendar
 * month of receipt.
 */
class ApplicantMonthTests {

	@Test
	void theMonthIsTheCalendarMonthOfReceipt() {
		assertThat(ApplicantMonth.of(LocalDate.parse("2026-02-14")))
			.isEqualTo(new ApplicantMonth(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));
		assertThat(ApplicantMonth.of(LocalDate.parse("2028-02-29")).last()).isEqualTo(LocalDate.parse("2028-02-29"));
		assertThat(ApplicantMonth.of(LocalDate.parse("2026-12-01")).last()).isEqualTo(LocalDate.parse("2026-12-31"));
	}

	@Test
	void theOrdinalIsThePlaceAmongTheMonthsApplications() {
		List<Long> ids = List.of(7L, 3L, 12L);
		assertThat(ApplicantMonth.ordinal(ids, 7L)).isEqualTo(1);
		assertThat(ApplicantMonth.ordinal(ids, 12L)).isEqualTo(3);
		assertThat(ApplicantMonth.ordinal(ids, 99L)).isEqualTo(4);
		assertThat(ApplicantMonth.ordinal(List.of(), 1L)).isEqualTo(1);
	}

}
