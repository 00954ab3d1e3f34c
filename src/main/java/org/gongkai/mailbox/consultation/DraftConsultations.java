package org.gongkai.mailbox.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DraftConsultations
		extends JpaRepository<DraftConsultation, Long>, JpaSpecificationExecutor<DraftConsultation> {

	List<DraftConsultation> findByAgencyIdOrderByOpensOnDescIdDesc(long agencyId);

}
