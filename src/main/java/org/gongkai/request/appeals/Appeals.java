package org.gongkai.request.appeals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Appeals extends JpaRepository<Appeal, Long> {

	List<Appeal> findByCaseIdOrderByFiledOnAscIdAsc(long caseId);

	List<Appeal> findByAgencyIdInOrderByFiledOnDescIdDesc(Collection<Long> agencyIds);

	List<Appeal> findByAgencyIdInAndFiledOnBetween(Collection<Long> agencyIds, LocalDate from, LocalDate through);

}
