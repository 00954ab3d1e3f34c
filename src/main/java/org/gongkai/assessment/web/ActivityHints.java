package org.gongkai.assessment.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gongkai.activities.ActivityCounts;
import org.gongkai.activities.ActivityTotals;
import org.gongkai.activities.OrganisationRecords;
import org.gongkai.activities.OrganisationView;
import org.gongkai.assessment.AssessmentView;
import org.gongkai.assessment.LineView;
import org.gongkai.assessment.rules.Period;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Hints beside the manual items of an assessment whose titles speak of the organisation
 * (组织, 领导小组, 机构人员落实) or of training (培训): the agency's organisation of the period's year
 * and the trainings it held and attended in the period, as the activities module records
 * them, so that the agency and the office need not look them up. Read only for an
 * assessment the user may already see.
 */
@Component
class ActivityHints {

	private final OrganisationRecords organisations;

	private final ActivityCounts counts;

	private final MessageSource messages;

	ActivityHints(OrganisationRecords organisations, ActivityCounts counts, MessageSource messages) {
		this.organisations = organisations;
		this.counts = counts;
		this.messages = messages;
	}

	/** The hints by item id; items that speak of neither have none. */
	Map<Long, String> of(AssessmentView view) {
		Map<Long, String> out = new HashMap<>();
		Period period = Period.parse(view.period());
		String organisation = null;
		String training = null;
		for (LineView line : view.lines()) {
			if (line.item().computed()) {
				continue;
			}
			String title = line.item().title();
			StringBuilder hint = new StringBuilder();
			if (title.contains("组织") || title.contains("领导小组") || title.contains("机构人员")) {
				if (organisation == null) {
					organisation = organisation(view.agency().id(), period.year());
				}
				hint.append(organisation);
			}
			if (title.contains("培训")) {
				if (training == null) {
					ActivityTotals totals = this.counts.totals(view.agency().id(), period.first(),
							period.end().minusDays(1));
					training = message("assessment.hint.training", String.valueOf(totals.trainings()),
							String.valueOf(totals.attendees()), String.valueOf(totals.trainingsAttended()));
				}
				hint.append((hint.length() > 0) ? " " : "").append(training);
			}
			if (hint.length() > 0) {
				out.put(line.item().id(), hint.toString());
			}
		}
		return out;
	}

	private String organisation(long agencyId, int year) {
		Optional<OrganisationView> o = this.organisations.of(agencyId, year);
		return o
			.map((x) -> message("assessment.hint.organisation", String.valueOf(year), x.officeName(), x.leaderName(),
					String.valueOf(x.group().size()), String.valueOf(x.fullTime()), String.valueOf(x.partTime())))
			.orElseGet(() -> message("assessment.hint.no-organisation", String.valueOf(year)));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
