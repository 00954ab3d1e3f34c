package org.gongkai.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;
import org.gongkai.publication.rules.Timeliness;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regulations art. 26 for the office: which items were published late, which are due soon
 * and which are overdue ({@link Timeliness} holds the rule).
 */
@Service
public class PublicationTimeliness {

	private final Publications publications;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	PublicationTimeliness(Publications publications, AgencyAccess access, WorkingDayCalendar calendar) {
		this.publications = publications;
		this.access = access;
		this.calendar = calendar;
	}

	/**
	 * Regulations art. 26 for the agencies the user may see, on {@code today}: items
	 * published late, and items not yet published that are due within 5 working days or
	 * overdue (revisions are not counted: the item they change is public).
	 * @param today the day (the platform's time zone) to compute for
	 */
	@Transactional(readOnly = true)
	public TimelinessReport timeliness(LocalDate today) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		List<TimelinessEntry> late = new ArrayList<>();
		List<TimelinessEntry> atRisk = new ArrayList<>();
		List<TimelinessEntry> overdue = new ArrayList<>();
		if (visible.isEmpty()) {
			return new TimelinessReport(today, late, atRisk, overdue);
		}
		for (Publication p : this.publications.findByAgencyIdInAndStatusInAndRevisionOfIsNull(visible,
				EnumSet.of(PublicationStatus.PUBLISHED))) {
			if (p.madeOn() != null && p.publishedOn() != null) {
				DueDate due = this.calendar.deadline(p.madeOn(), Timeliness.WORKING_DAYS);
				if (Timeliness.late(p.publishedOn(), due.due())) {
					late.add(new TimelinessEntry(p.summary(), due.due(), due.provisional(), 0));
				}
			}
		}
		for (Publication p : this.publications.findByAgencyIdInAndStatusInAndRevisionOfIsNull(visible,
				PublicationGuards.IN_PROGRESS)) {
			if (p.madeOn() == null) {
				continue;
			}
			DueDate due = this.calendar.deadline(p.madeOn(), Timeliness.WORKING_DAYS);
			if (Timeliness.overdue(today, due.due())) {
				overdue.add(new TimelinessEntry(p.summary(), due.due(), due.provisional(),
						-this.calendar.workingDaysBetween(due.due(), today)));
			}
			else {
				int left = this.calendar.workingDaysBetween(today, due.due());
				if (Timeliness.atRisk(left)) {
					atRisk.add(new TimelinessEntry(p.summary(), due.due(), due.provisional(), left));
				}
			}
		}
		Comparator<TimelinessEntry> byDue = Comparator.comparing(TimelinessEntry::due)
			.thenComparing((e) -> e.item().id());
		late.sort(Comparator.comparing((TimelinessEntry e) -> e.item().publishedOn())
			.reversed()
			.thenComparing((e) -> e.item().id()));
		atRisk.sort(byDue);
		overdue.sort(byDue);
		return new TimelinessReport(today, late, atRisk, overdue);
	}

}
