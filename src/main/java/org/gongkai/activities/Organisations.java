package org.gongkai.activities;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Organisations extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByAgencyIdAndYear(long agencyId, int year);

	Optional<Organisation> findFirstByAgencyIdAndYearLessThanEqualOrderByYearDesc(long agencyId, int year);

	List<Organisation> findByAgencyIdOrderByYearDesc(long agencyId);

}
