package org.gongkai.services;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceItemRows extends JpaRepository<ServiceItem, Long> {

	List<ServiceItem> findByAgencyIdOrderByIdAsc(long agencyId);

	List<ServiceItem> findByAgencyIdAndStatusOrderByIdAsc(long agencyId, String status);

	List<ServiceItem> findByIdIn(Collection<Long> ids);

}
