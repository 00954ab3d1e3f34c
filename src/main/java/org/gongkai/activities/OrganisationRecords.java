package org.gongkai.activities;

import java.util.Optional;

import org.gongkai.agency.AgencyManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A system reading of the agencies' organisation of the disclosure work, for the public
 * guide, the work summary and the assessment: it needs no signed-in user (the caller
 * checks who may see the result, and shows the public only
 * {@link OrganisationView#publicPart()}).
 */
@Service
public class OrganisationRecords {

	private final Organisations organisations;

	private final AgencyManagement agencies;

	OrganisationRecords(Organisations organisations, AgencyManagement agencies) {
		this.organisations = organisations;
		this.agencies = agencies;
	}

	/** The agency's organisation recorded for the year, if any. */
	@Transactional(readOnly = true)
	public Optional<OrganisationView> of(long agencyId, int year) {
		return this.organisations.findByAgencyIdAndYear(agencyId, year).map(this::view);
	}

	/**
	 * The agency's organisation of the year, or of the latest year before it that has one
	 * (an organisation stands until it changes), if any.
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationView> standing(long agencyId, int year) {
		return this.organisations.findFirstByAgencyIdAndYearLessThanEqualOrderByYearDesc(agencyId, year)
			.map(this::view);
	}

	OrganisationView view(Organisation o) {
		return new OrganisationView(o.id(), this.agencies.details(o.agencyId()).summary(), o.year(), o.officeName(),
				o.officePhone(), o.leaderName(), o.leaderPost(), o.members(), o.fullTime(), o.partTime(),
				o.fullTimeNames(), o.partTimeNames(), o.documentNo(), o.documentName());
	}

}
