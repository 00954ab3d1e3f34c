package org.gongkai.services;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServicePointRows extends JpaRepository<ServicePoint, Long> {

	List<ServicePoint> findByAgencyIdOrderByIdAsc(long agencyId);

	List<ServicePoint> findByVillageIdOrderByIdAsc(long villageId);

}
