package org.gongkai.annualreport.web;

import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.annualreport.ReportReading;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's annual report line: for a leader, how many of last year's reports of
 * their agencies are still to be published (Regulations art. 49), linking to the list of
 * reports; a village's leader gets none (villages owe no report).
 */
@Component
class AnnualReportTodos implements TodoSource {

	private final ReportReading reports;

	AnnualReportTodos(ReportReading reports) {
		this.reports = reports;
	}

	@Override
	public List<TodoCount> todos() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || me.grants().stream().noneMatch((g) -> g.role() == Role.LEADER)
				|| !this.reports.leadsAgencyOwingReport()) {
			return List.of();
		}
		return List.of(TodoCount.of(43, "annual-reports", this.reports.awaitingLeader(), "/admin/annual-reports"));
	}

}
