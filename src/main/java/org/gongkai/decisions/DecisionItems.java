package org.gongkai.decisions;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionItems extends JpaRepository<DecisionItem, Long> {

	List<DecisionItem> findByCatalogueIdOrderByIdAsc(long catalogueId);

	long countByAgencyIdInAndStatus(Collection<Long> agencyIds, String status);

}
