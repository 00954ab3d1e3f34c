package org.gongkai.village;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VillagePostings extends JpaRepository<VillagePosting, Long> {

	List<VillagePosting> findByAgencyIdIn(Collection<Long> agencyIds);

}
