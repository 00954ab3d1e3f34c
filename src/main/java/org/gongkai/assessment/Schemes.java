package org.gongkai.assessment;

import java.util.List;
import java.util.Optional;

import org.gongkai.assessment.rules.PeriodKind;

import org.springframework.data.jpa.repository.JpaRepository;

interface Schemes extends JpaRepository<Scheme, Long> {

	List<Scheme> findByOwnerAgencyIdInOrderByPeriodYearDescPeriodKindAscIdAsc(java.util.Collection<Long> owners);

	Optional<Scheme> findByOwnerAgencyIdAndPeriodKindAndPeriodYear(long owner, PeriodKind kind, int year);

}
