package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.WorkFigure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office that received no letter gets its counts as zeros and no on-time rate: the
 * work summary must not print 0.0 % for letters nobody wrote.
 */
@GongkaiTest
class LetterFiguresTests {

	@Autowired
	LetterFigures figures;

	@Autowired
	AgencyManagement agencies;

	@Test
	void anAgencyWithoutLettersHasZeroCountsAndNoRate() {
		long county = this.agencies.create(AgencyFixtures.county("无来信县" + System.nanoTime()));
		long township = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "无来信镇"));

		List<WorkFigure> figures = this.figures.figuresOf(township, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31));

		assertThat(figures).extracting(WorkFigure::key)
			.containsExactly("mailbox.letters.received", "mailbox.letters.replied", "mailbox.letters.on-time");
		assertThat(figures).extracting(WorkFigure::value).containsOnly(0L);
	}

}
