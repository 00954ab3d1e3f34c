package org.gongkai.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRequests extends JpaRepository<DisclosureRequest, Long> {

	Optional<DisclosureRequest> findByTrackingNo(String trackingNo);

	List<DisclosureRequest> findByAgencyIdInOrderBySubmittedAtDesc(Collection<Long> agencyIds);

	List<DisclosureRequest> findByStatusIn(Collection<CaseStatus> statuses);

	long countByAgencyId(long agencyId);

}
