package org.gongkai.mailbox.consultation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DraftConsultations extends JpaRepository<DraftConsultation, Long> {

	List<DraftConsultation> findByAgencyIdOrderByOpensOnDescIdDesc(long agencyId);

	List<DraftConsultation> findByAgencyIdInOrderByOpensOnDescIdDesc(Collection<Long> agencyIds);

}
