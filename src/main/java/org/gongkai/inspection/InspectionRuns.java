package org.gongkai.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRuns extends JpaRepository<InspectionRun, Long> {

	Optional<InspectionRun> findFirstByAgencyIdOrderByRanAtDescIdDesc(long agencyId);

	List<InspectionRun> findByAgencyIdOrderByRanAtDescIdDesc(long agencyId, Pageable page);

}
