package org.gongkai.activities.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.activities.OrganisationRecords;
import org.gongkai.platform.web.GuidePart;
import org.gongkai.platform.web.GuidePartSource;

import org.springframework.stereotype.Component;

/**
 * The guide's part on who does the disclosure work (Regulations art. 4: the agency's work
 * body, 工作机构, which the guide names; the county schemes' practice of publishing the
 * leading group): the organisation standing this year, its work body, responsible leader
 * and leading group with their posts, and the staff counted, never named.
 */
@Component
class OrganisationGuide implements GuidePartSource {

	private final OrganisationRecords organisations;

	private final Clock clock;

	OrganisationGuide(OrganisationRecords organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	public Optional<GuidePart> guidePartOf(long agencyId) {
		return this.organisations.standing(agencyId, LocalDate.now(this.clock).getYear())
			.map((o) -> new GuidePart(10, "activities/guide", o.publicPart()));
	}

}
