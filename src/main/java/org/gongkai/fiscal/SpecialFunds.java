package org.gongkai.fiscal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpecialFunds extends JpaRepository<SpecialFund, Long> {

	List<SpecialFund> findByAgencyIdOrderByYearDescIdAsc(long agencyId);

	List<SpecialFund> findByAgencyIdAndStatusOrderByYearDescIdAsc(long agencyId, String status);

	List<SpecialFund> findByAgencyIdInAndStatus(Collection<Long> agencyIds, String status);

}
