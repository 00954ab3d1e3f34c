package org.gongkai.decisions;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageRecords extends JpaRepository<StageRecord, Long> {

	List<StageRecord> findByItemIdOrderByIdAsc(long itemId);

	List<StageRecord> findByItemIdInOrderByIdAsc(Collection<Long> itemIds);

	long countByAgencyIdInAndStatus(Collection<Long> agencyIds, String status);

}
