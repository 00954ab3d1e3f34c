package org.gongkai.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRecords extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByAgencyIdAndPeriod(long agencyId, String period);

	List<Assessment> findByOwnerAgencyIdAndPeriodOrderByIdAsc(long owner, String period);

	List<Assessment> findByAgencyIdInOrderByPeriodDescIdAsc(Collection<Long> agencyIds);

	List<Assessment> findBySchemeId(long schemeId);

	long countByAgencyIdInAndState(Collection<Long> agencyIds, AssessmentState state);

	long countByOwnerAgencyIdInAndState(Collection<Long> owners, AssessmentState state);

	@Query("select a from Assessment a join a.lines l where l.id = ?1")
	Optional<Assessment> findByLine(long lineId);

	@Query("select distinct a.ownerAgencyId, a.period from Assessment a where a.ownerAgencyId in ?1 order by a.period desc")
	List<Object[]> periodsOf(Collection<Long> owners);

}
