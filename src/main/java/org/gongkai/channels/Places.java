package org.gongkai.channels;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Places extends JpaRepository<Place, Long> {

	List<Place> findByAgencyIdOrderByKindAscIdAsc(long agencyId);

}
