package org.gongkai.fiscal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetDisclosures extends JpaRepository<BudgetDisclosure, Long> {

	List<BudgetDisclosure> findByAgencyIdOrderByYearDescIdDesc(long agencyId);

	List<BudgetDisclosure> findByAgencyIdAndStatusOrderByYearDescIdDesc(long agencyId, String status);

	List<BudgetDisclosure> findByAgencyIdInAndStatus(Collection<Long> agencyIds, String status);

}
