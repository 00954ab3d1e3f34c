package org.gongkai.activities;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A system reading of an agency's activities over a span of days, for the work summary
 * and the assessment: it needs no signed-in user (the caller checks who may see the
 * result) and counts the agency itself only, not the agencies under it. A training a
 * disclosure office above the agency held and that lists the agency among those attending
 * counts as a training attended ({@link ActivityTotals#trainingsAttended()}); its
 * attendees count for the office that held it.
 */
@Service
public class ActivityCounts {

	private final ActivityRecords records;

	ActivityCounts(ActivityRecords records) {
		this.records = records;
	}

	/** The agency's activities from {@code from} to {@code to}, both included. */
	@Transactional(readOnly = true)
	public ActivityTotals totals(long agencyId, LocalDate from, LocalDate to) {
		Map<ActivityKind, Integer> perKind = new EnumMap<>(ActivityKind.class);
		for (ActivityKind kind : ActivityKind.values()) {
			perKind.put(kind, 0);
		}
		long materials = 0;
		long advised = 0;
		long attendees = 0;
		for (Activity a : this.records.findByAgencyIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(agencyId, from, to)) {
			perKind.merge(a.kind(), 1, Integer::sum);
			materials += a.materials();
			advised += a.advised();
			if (a.kind() == ActivityKind.TRAINING) {
				attendees += a.attendees();
			}
		}
		int attended = (int) this.records.attendedBy(agencyId, from, to)
			.stream()
			.filter((a) -> a.kind() == ActivityKind.TRAINING)
			.count();
		return new ActivityTotals(perKind, materials, advised, perKind.get(ActivityKind.TRAINING), attendees, attended);
	}

}
