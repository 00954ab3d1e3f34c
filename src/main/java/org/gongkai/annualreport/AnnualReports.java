package org.gongkai.annualreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AnnualReports extends JpaRepository<AnnualReport, Long> {

	Optional<AnnualReport> findByAgencyIdAndYear(long agencyId, int year);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from AnnualReport r where r.agencyId = :agencyId and r.year = :year")
	Optional<AnnualReport> lockByAgencyIdAndYear(long agencyId, int year);

	List<AnnualReport> findByAgencyIdOrderByYearDesc(long agencyId);

	List<AnnualReport> findByAgencyIdInAndYear(Collection<Long> agencyIds, int year);

	List<AnnualReport> findByAgencyIdAndStatusAndYearGreaterThanEqual(long agencyId, ReportStatus status, int year);

}
