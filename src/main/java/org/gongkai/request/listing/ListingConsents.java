package org.gongkai.request.listing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ListingConsents extends JpaRepository<ListingConsent, Long> {

	/**
	 * Subject, applicant's name, answer row and answer date of an agency's answered
	 * requests whose applicants consented, latest answer first.
	 */
	@Query(value = "select r.description, r.applicantName, r.outcomeRow, r.closedOn from DisclosureRequest r, ListingConsent c"
			+ " where c.caseId = r.id and r.agencyId = :agencyId and r.closedOn is not null and r.outcomeRow is not null"
			+ " order by r.closedOn desc, r.id desc",
			countQuery = "select count(r) from DisclosureRequest r, ListingConsent c where c.caseId = r.id"
					+ " and r.agencyId = :agencyId and r.closedOn is not null and r.outcomeRow is not null")
	Page<Object[]> answered(@Param("agencyId") long agencyId, Pageable page);

}
