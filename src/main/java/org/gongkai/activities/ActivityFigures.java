package org.gongkai.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the work summary's 宣传培训 (activities per kind, materials handed out,
 * people advised, trainings held and attended, people trained) and 组织保障 (the leading
 * group's members and the full- and part-time staff of the organisation standing in the
 * span's last year), each linking to the back-office list of what it counts.
 */
@Component
class ActivityFigures implements WorkFigureSource {

	private final ActivityCounts counts;

	private final OrganisationRecords organisations;

	private final AgencyManagement agencies;

	ActivityFigures(ActivityCounts counts, OrganisationRecords organisations, AgencyManagement agencies) {
		this.counts = counts;
		this.organisations = organisations;
		this.agencies = agencies;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		String code = this.agencies.details(agencyId).summary().creditCode();
		ActivityTotals totals = this.counts.totals(agencyId, from, to);
		String list = "/admin/activities/" + code + "?from=" + from + "&to=" + to;
		List<WorkFigure> out = new ArrayList<>();
		out.add(activity(10, "activities.publicity", totals.perKind().get(ActivityKind.PUBLICITY), Unit.TIMES,
				list + "&kind=PUBLICITY"));
		out.add(activity(20, "activities.materials", totals.materials(), Unit.COPIES, list));
		out.add(activity(30, "activities.advised", totals.advised(), Unit.PEOPLE, list));
		out.add(activity(40, "activities.trainings", totals.trainings(), Unit.TIMES, list + "&kind=TRAINING"));
		out.add(activity(50, "activities.training-attendees", totals.attendees(), Unit.PEOPLE,
				list + "&kind=TRAINING"));
		out.add(activity(60, "activities.trainings-attended", totals.trainingsAttended(), Unit.TIMES,
				list + "#attended"));
		out.add(activity(70, "activities.open-days", totals.perKind().get(ActivityKind.OPEN_DAY), Unit.TIMES,
				list + "&kind=OPEN_DAY"));
		out.add(activity(80, "activities.outreach", totals.perKind().get(ActivityKind.OUTREACH), Unit.TIMES,
				list + "&kind=OUTREACH"));
		out.add(activity(90, "activities.other", totals.perKind().get(ActivityKind.OTHER), Unit.TIMES,
				list + "&kind=OTHER"));
		int year = to.getYear();
		Optional<OrganisationView> organisation = this.organisations.standing(agencyId, year);
		String page = "/admin/organisation/" + code + "?year=" + organisation.map(OrganisationView::year).orElse(year);
		out.add(new WorkFigure(Section.ORGANISATION, 10, "activities.group-members",
				organisation.map((o) -> o.group().size()).orElse(0), Unit.PEOPLE, page));
		out.add(new WorkFigure(Section.ORGANISATION, 20, "activities.full-time",
				organisation.map(OrganisationView::fullTime).orElse(0), Unit.PEOPLE, page));
		out.add(new WorkFigure(Section.ORGANISATION, 30, "activities.part-time",
				organisation.map(OrganisationView::partTime).orElse(0), Unit.PEOPLE, page));
		return out;
	}

	private static WorkFigure activity(int order, String key, long value, Unit unit, String href) {
		return new WorkFigure(Section.ACTIVITIES, order, key, value, unit, href);
	}

}
