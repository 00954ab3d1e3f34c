package org.gongkai.annualreport;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCorrections extends JpaRepository<ReportCorrection, Long> {

	List<ReportCorrection> findByReportIdOrderByLoggedAtAscIdAsc(long reportId);

}
