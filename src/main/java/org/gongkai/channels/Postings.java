package org.gongkai.channels;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Postings extends JpaRepository<Posting, Long> {

	List<Posting> findByPlaceIdOrderByPostedOnDescIdDesc(long placeId);

	List<Posting> findByPlaceIdIn(Collection<Long> placeIds);

	long countByPlaceIdInAndPostedOnBetween(Collection<Long> placeIds, LocalDate from, LocalDate to);

}
