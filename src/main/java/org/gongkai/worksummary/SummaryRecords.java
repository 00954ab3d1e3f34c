package org.gongkai.worksummary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummaryRecords extends JpaRepository<WorkSummary, Long> {

	Optional<WorkSummary> findByAgencyIdAndPeriod(long agencyId, String period);

	List<WorkSummary> findByAgencyIdInAndPeriod(Collection<Long> agencyIds, String period);

}
