package org.gongkai.decisions;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueAdjustments extends JpaRepository<CatalogueAdjustment, Long> {

	List<CatalogueAdjustment> findByItemIdInOrderByIdAsc(Collection<Long> itemIds);

	long countByAgencyIdInAndStatus(Collection<Long> agencyIds, String status);

}
