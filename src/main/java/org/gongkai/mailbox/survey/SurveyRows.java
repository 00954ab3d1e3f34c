package org.gongkai.mailbox.survey;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRows extends JpaRepository<Survey, Long> {

	List<Survey> findByAgencyIdOrderByOpensOnDescIdDesc(long agencyId);

	List<Survey> findByAgencyIdInOrderByOpensOnDescIdDesc(Collection<Long> agencyIds);

}
