package org.gongkai.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Appeals extends JpaRepository<Appeal, Long> {

	List<Appeal> findByCaseIdOrderByFiledOnAscIdAsc(long caseId);

	List<Appeal> findByAgencyIdInOrderByFiledOnDescIdDesc(Collection<Long> agencyIds);

	List<Appeal> findByAgencyIdInAndFiledOnBetween(Collection<Long> agencyIds, LocalDate from, LocalDate through);

}
