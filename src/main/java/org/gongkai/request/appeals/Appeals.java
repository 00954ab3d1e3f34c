package org.gongkai.request.appeals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Appeals extends JpaRepository<Appeal, Long>, JpaSpecificationExecutor<Appeal> {

	List<Appeal> findByCaseIdOrderByFiledOnAscIdAsc(long caseId);

	List<Appeal> findByAgencyIdInAndFiledOnBetween(Collection<Long> agencyIds, LocalDate from, LocalDate through);

}
