package org.gongkai.activities;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRecords extends JpaRepository<Activity, Long> {

	List<Activity> findByAgencyIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(long agencyId, LocalDate from, LocalDate to);

	boolean existsByAgencyId(long agencyId);

	@Query("select a from Activity a join a.attending t where t = :agencyId and a.heldOn between :from and :to "
			+ "order by a.heldOn desc, a.id desc")
	List<Activity> attendedBy(@Param("agencyId") long agencyId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

}
