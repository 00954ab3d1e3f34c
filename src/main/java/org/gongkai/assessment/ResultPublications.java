package org.gongkai.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResultPublications extends JpaRepository<ResultPublication, Long> {

	Optional<ResultPublication> findByOwnerAgencyIdAndPeriod(long owner, String period);

	List<ResultPublication> findAllByOrderByPublishedAtDescIdDesc();

}
