package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.CorrectionLapse;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.rules.ClockFacts;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.Outcome;
import org.gongkai.request.rules.StatutoryClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Regulations art. 30: the correction notice within 7 working days of receipt, and
 * abandonment when the correction period ends without a correction (其他处理 1).
 */
@GongkaiTest
class CorrectionTimingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	CaseHandling handling;

	@Autowired
	CorrectionLapse lapse;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSeventhWorkingDayFollowsHolidaysAndMakeUpDays() {
		StatutoryClock statutory = new StatutoryClock(this.calendar.rules());
		// Year end: 30, 31 Dec; 1–3 Jan off; Sun 4 Jan worked; 5–8 Jan.
		assertThat(noticeDue(statutory, LocalDate.of(2025, 12, 29))).isEqualTo(LocalDate.of(2026, 1, 8));
		// Spring Festival: 13 Feb, Sat 14 Feb worked, 15–23 Feb off, 24–27 Feb, Sat 28
		// Feb worked.
		assertThat(noticeDue(statutory, LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 2, 28));
		// National Day: 1–7 Oct off, Sat 10 Oct worked.
		assertThat(noticeDue(statutory, LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 15));
		// Received on a holiday (Mid-Autumn, 25 Sep): 28–30 Sep, 8–10 Oct, 12 Oct.
		assertThat(noticeDue(statutory, LocalDate.of(2026, 9, 25))).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void aCorrectionNoticeAfterTheSeventhWorkingDayIsRefused() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		LocalDate today = LocalDate.now(this.clock);
		StatutoryClock statutory = new StatutoryClock(this.calendar.rules());
		LocalDate lastLate = today;
		while (!noticeDue(statutory, lastLate).isBefore(today)) {
			lastLate = lastLate.minusDays(1);
		}
		long late = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), lastLate);
		long inTime = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				lastLate.plusDays(1));
		this.mvc.perform(get("/admin/requests/" + late).session(office.clerk()))
			.andExpect(content().string(not(containsString("/correction\""))));
		this.mvc.perform(get("/admin/requests/" + inTime).session(office.clerk()))
			.andExpect(content().string(containsString("/correction\"")));
		assertThatThrownBy(() -> CaseFixtures.asDoing("c", Role.CLERK, office.agency(),
				() -> this.handling.requestCorrection(late, today.plusDays(10), CaseFixtures.correctionItems())))
			.isInstanceOf(RuleViolationException.class)
			.extracting((e) -> ((RuleViolationException) e).messageKey())
			.isEqualTo("request.correction.too-late");
		CaseFixtures.asDoing("c", Role.CLERK, office.agency(),
				() -> this.handling.requestCorrection(inTime, today.plusDays(10), CaseFixtures.correctionItems()));
		assertThat(details(office, late).events()).isEmpty();
		assertThat(details(office, inTime).clock().state()).isEqualTo(ClockReading.ClockState.AWAITING_CORRECTION);
	}

	@Test
	void noCorrectionByTheEndOfThePeriodClosesTheCaseAsOtherProcessingOne() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		LocalDate today = LocalDate.now(this.clock);
		long abandoned = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				today);
		long corrected = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				today);
		CaseFixtures.asDoing("c", Role.CLERK, office.agency(), () -> {
			this.handling.requestCorrection(abandoned, today.plusDays(1), CaseFixtures.correctionItems());
			this.handling.requestCorrection(corrected, today.plusDays(1), CaseFixtures.correctionItems());
			this.handling.receiveCorrection(corrected, today);
		});
		this.lapse.closeLapsed(today.plusDays(1));
		assertThat(details(office, abandoned).summary().status()).isEqualTo(CaseStatus.RECEIVED);

		this.lapse.closeLapsed(today.plusDays(2));
		CaseDetails closed = details(office, abandoned);
		assertThat(closed.summary().status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(Outcome.OTHER_NOT_CORRECTED);
		assertThat(closed.outcome().row()).isEqualTo("3.6.1");
		assertThat(closed.closedOn()).isEqualTo(today.plusDays(2));
		assertThat(closed.events()).extracting(CaseEvent::kind)
			.containsExactly("correction-requested", "letter-released", "correction-lapsed");
		assertThat(this.audit.find(new AuditQuery(null, "request.correction-lapsed", "DisclosureRequest",
				String.valueOf(abandoned), null, null), 0, 5))
			.hasSize(1);
		assertThat(details(office, corrected).summary().status()).isEqualTo(CaseStatus.RECEIVED);
		this.lapse.closeLapsed(today.plusDays(3));
		assertThat(details(office, abandoned).events()).hasSize(3);
	}

	private static LocalDate noticeDue(StatutoryClock statutory, LocalDate received) {
		return statutory.read(ClockFacts.receivedOn(received), received).correctionNoticeDue();
	}

	private CaseDetails details(Office office, long id) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.requests.details(id));
	}

}
