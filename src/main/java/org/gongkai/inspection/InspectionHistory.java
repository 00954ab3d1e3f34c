package org.gongkai.inspection;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A system reading of the runs of a time span (no signed-in user; the caller checks who
 * may see the result), for the assessment: every problem the runs in the span found, once
 * per object.
 */
@Service
public class InspectionHistory {

	private static final int BATCH = 50;

	private final InspectionRuns runs;

	InspectionHistory(InspectionRuns runs) {
		this.runs = runs;
	}

	/**
	 * The findings of every run of the agency from {@code from} (inclusive) to
	 * {@code until} (exclusive), each problem once by its
	 * {@link InspectionFinding#key()}: its latest title and link, and {@code VETO} if any
	 * run in the span found it as a veto.
	 * @return how many runs there were, and their findings in the order the latest run
	 * found them
	 */
	@Transactional(readOnly = true)
	public Span between(long agencyId, Instant from, Instant until) {
		Map<String, InspectionFinding> found = new LinkedHashMap<>();
		int count = 0;
		for (int page = 0;; page++) {
			List<InspectionRun> batch = this.runs.findByAgencyIdOrderByRanAtDescIdDesc(agencyId,
					PageRequest.of(page, BATCH));
			for (InspectionRun run : batch) {
				if (!run.ranAt().isBefore(until)) {
					continue;
				}
				if (run.ranAt().isBefore(from)) {
					return new Span(count, List.copyOf(found.values()));
				}
				count++;
				for (InspectionFinding finding : run.findings()) {
					found.merge(finding.key(), finding,
							(newer, older) -> (!newer.veto() && older.veto()) ? new InspectionFinding(newer.rule(),
									older.severity(), newer.title(), newer.objectType(), newer.objectId(), newer.url())
									: newer);
				}
			}
			if (batch.size() < BATCH) {
				return new Span(count, List.copyOf(found.values()));
			}
		}
	}

	/**
	 * What the runs of a span found.
	 *
	 * @param runs how many runs fell in the span
	 * @param findings each problem once
	 */
	public record Span(int runs, List<InspectionFinding> findings) {

	}

}
