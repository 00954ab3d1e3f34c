package org.gongkai.concerns;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConcernRows extends JpaRepository<Concern, Long> {

	List<Concern> findByAgencyIdOrderByAroseAtDesc(long agencyId);

	List<Concern> findByAgencyIdInOrderByAroseAtDesc(Collection<Long> agencyIds);

	List<Concern> findByPublicationIdAndAnsweredAtIsNull(long publicationId);

	List<Concern> findByAnsweredAtIsNullAndOverdueMailedAtIsNull();

}
