package org.gongkai.annualreport;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCorrections extends JpaRepository<ReportCorrection, Long> {

	List<ReportCorrection> findByReportIdOrderByLoggedAtAscIdAsc(long reportId);

	/** The corrections logged against the report's current edition, oldest first. */
	default List<ReportCorrection> pending(AnnualReport report) {
		if (report.id() == null) {
			return List.of();
		}
		return findByReportIdOrderByLoggedAtAscIdAsc(report.id()).stream()
			.filter((c) -> c.edition() == report.edition())
			.toList();
	}

	/** Every correction of the report, oldest first, as pages show them. */
	default List<CorrectionView> views(AnnualReport report) {
		return findByReportIdOrderByLoggedAtAscIdAsc(report.id()).stream()
			.map((c) -> new CorrectionView(c.loggedOn(), c.cause(), c.reference(), c.edition(),
					CellChange.decode(c.changes())))
			.toList();
	}

}
