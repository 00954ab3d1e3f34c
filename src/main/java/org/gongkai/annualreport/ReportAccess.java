package org.gongkai.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * Whose report and which year: finds the agency by its credit code, refuses years without
 * a report and users who may not write one, and tells the date.
 */
@Component
class ReportAccess {

	private final AgencyManagement agencies;

	private final Clock clock;

	ReportAccess(AgencyManagement agencies, Clock clock) {
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The agency with this code. @throws NotFoundException if none */
	AgencySummary agency(String creditCode) {
		String code = (creditCode != null) ? creditCode.strip() : "";
		if (code.length() != 18) {
			throw new NotFoundException("Agency " + creditCode);
		}
		return this.agencies.findByCreditCode(code)
			.map(AgencyDetails::summary)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	/**
	 * Refuses a year without a report page.
	 * @throws NotFoundException for a year before 2008 or after this one
	 */
	void requireYear(int year) {
		if (year < ReportReading.FIRST_YEAR || year > today().getYear()) {
			throw new NotFoundException("Year " + year);
		}
	}

	/**
	 * Refuses users who may not write the agency's report.
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 * @throws RuleViolationException {@code annualreport.village} for a village or
	 * community, which owes no report
	 */
	void requireEditor(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CLERK, agencyId) || me.has(Role.LEADER, agencyId))) {
			throw new ForbiddenException("Clerk or leader of agency " + agencyId + " required");
		}
		if (!ReportReading.owesReport(this.agencies.details(agencyId).summary())) {
			throw new RuleViolationException("annualreport.village", "Villages owe no annual report");
		}
	}

	/** Who acts: the signed-in user, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	/** Today in the platform's time zone. */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** This instant. */
	Instant now() {
		return Instant.now(this.clock);
	}

}
