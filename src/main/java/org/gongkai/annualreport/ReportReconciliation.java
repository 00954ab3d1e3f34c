package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of published reports (docs/legal-rules.md, Annual report): after a change
 * to an agency's records, every published report it can affect is compared with a fresh
 * computation and each differing cell is logged as a correction shown on the public
 * report ({@link ReportFreeze} calls it after the change committed).
 */
@Service
public class ReportReconciliation {

	private final AnnualReports reports;

	private final ReportCorrections corrections;

	private final ReportCalculator calculator;

	private final ReportAccess access;

	private final AuditLog audit;

	ReportReconciliation(AnnualReports reports, ReportCorrections corrections, ReportCalculator calculator,
			ReportAccess access, AuditLog audit) {
		this.reports = reports;
		this.corrections = corrections;
		this.calculator = calculator;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * After a change to the records: compares every published report of the agency from
	 * {@code fromYear} on with what the records give now and logs a correction (with one
	 * audit entry) where a figure moved and that move is not logged yet.
	 * @param cause the kind of change (see {@link CorrectionView#cause()})
	 * @param reference what changed (case, appeal, upload or item id) Runs in a new
	 * transaction: it is called after the change committed.
	 * @return how many corrections were logged
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int reconcile(long agencyId, int fromYear, String cause, String reference) {
		int logged = 0;
		for (AnnualReport report : this.reports.findByAgencyIdAndStatusAndYearGreaterThanEqual(agencyId,
				ReportStatus.PUBLISHED, fromYear)) {
			ReportFigures now = this.calculator.computeOne(agencyId, report.year(), report);
			String changes = CellChange.encode(diff(ReportCalculator.thaw(report.frozen()), now));
			List<ReportCorrection> pending = this.corrections.pending(report);
			String last = pending.isEmpty() ? "" : pending.get(pending.size() - 1).changes();
			if (changes.equals(last)) {
				continue;
			}
			ReportCorrection correction = this.corrections.save(new ReportCorrection(report.id(), report.edition(),
					cause, reference, changes, this.access.today(), this.access.now()));
			this.audit.record(AuditRecord.of("annualreport.correction-logged", "AnnualReport", report.id())
				.withAgency(agencyId)
				.withAfter(correction.auditSummary())
				.withActor("system"));
			logged++;
		}
		return logged;
	}

	static List<CellChange> diff(ReportFigures frozen, ReportFigures now) {
		List<CellChange> changes = new ArrayList<>();
		Map<String, Map<String, Object>> frozen2 = frozen.table2().rows();
		Map<String, Map<String, Object>> now2 = now.table2().rows();
		for (String row : Table2.ROWS) {
			List<Object> a = new ArrayList<>(frozen2.get(row).values());
			List<Object> b = new ArrayList<>(now2.get(row).values());
			for (int c = 0; c < a.size(); c++) {
				if (!same(a.get(c), b.get(c))) {
					changes.add(new CellChange(2, row, c, text(a.get(c)), text(b.get(c))));
				}
			}
		}
		for (String row : Table3.ROWS) {
			for (int c = 0; c < Table3.COLUMNS.size(); c++) {
				if (frozen.table3().cell(row, c) != now.table3().cell(row, c)) {
					changes.add(new CellChange(3, row, c, Long.toString(frozen.table3().cell(row, c)),
							Long.toString(now.table3().cell(row, c))));
				}
			}
		}
		for (String row : Table4.ROWS) {
			for (int c = 0; c < Table4.COLUMNS.size(); c++) {
				if (frozen.table4().cell(row, c) != now.table4().cell(row, c)) {
					changes.add(new CellChange(4, row, c, Long.toString(frozen.table4().cell(row, c)),
							Long.toString(now.table4().cell(row, c))));
				}
			}
		}
		return changes;
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private static String text(Object value) {
		return (value instanceof BigDecimal d) ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
	}

}
