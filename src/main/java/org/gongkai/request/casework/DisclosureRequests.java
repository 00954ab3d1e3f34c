package org.gongkai.request.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gongkai.request.CaseStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DisclosureRequests extends JpaRepository<DisclosureRequest, Long> {

	Optional<DisclosureRequest> findByTrackingNo(String trackingNo);

	List<DisclosureRequest> findByAgencyIdInOrderBySubmittedAtDesc(Collection<Long> agencyIds);

	List<DisclosureRequest> findByStatusIn(Collection<CaseStatus> statuses);

	long countByAgencyId(long agencyId);

	/**
	 * The cases of one applicant (document number or credit code, case-insensitive) at
	 * one agency received in {@code from..through}: the monthly count of 国办函〔2020〕109号.
	 */
	@Query("""
			select c from DisclosureRequest c where c.agencyId = :agencyId and upper(c.idNumber) = upper(:idNumber)
			and c.receivedOn between :from and :through order by c.receivedOn, c.id""")
	List<DisclosureRequest> findByApplicantReceivedBetween(long agencyId, String idNumber, java.time.LocalDate from,
			java.time.LocalDate through);

	List<DisclosureRequest> findByAgencyIdInAndAssigneeAndStatusIn(Collection<Long> agencyIds, String assignee,
			Collection<CaseStatus> statuses);

	List<DisclosureRequest> findByAssigneeNotNullAndStatusIn(Collection<CaseStatus> statuses);

}
