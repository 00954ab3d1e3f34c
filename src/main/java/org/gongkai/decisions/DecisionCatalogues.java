package org.gongkai.decisions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionCatalogues extends JpaRepository<DecisionCatalogue, Long> {

	List<DecisionCatalogue> findByAgencyIdOrderByYearDesc(long agencyId);

	Optional<DecisionCatalogue> findByAgencyIdAndYear(long agencyId, int year);

	long countByAgencyIdInAndStatus(Collection<Long> agencyIds, String status);

}
