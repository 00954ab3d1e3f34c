package org.gongkai.publication;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Publications extends JpaRepository<Publication, Long> {

	List<Publication> findTop200ByAgencyIdInOrderByIdDesc(Collection<Long> agencyIds);

	Page<Publication> findByAgencyIdAndStatusOrderByPublishedOnDescIdDesc(long agencyId, PublicationStatus status,
			Pageable page);

	Page<Publication> findByAgencyIdAndColumnIdAndStatusOrderByPublishedOnDescIdDesc(long agencyId, long columnId,
			PublicationStatus status, Pageable page);

}
