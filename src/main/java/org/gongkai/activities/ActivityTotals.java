package org.gongkai.activities;

import java.util.Map;

/**
 * An agency's activities over a span of days, counted.
 *
 * @param perKind the activities the agency held, per kind (every kind present, zero
 * included)
 * @param materials copies of materials handed out (份)
 * @param advised people advised (人次)
 * @param trainings trainings the agency held
 * @param attendees people trained at those trainings
 * @param trainingsAttended trainings a disclosure office above the agency held that list
 * the agency among those attending
 */
public record ActivityTotals(Map<ActivityKind, Integer> perKind, long materials, long advised, int trainings,
		long attendees, int trainingsAttended) {

	public ActivityTotals {
		perKind = Map.copyOf(perKind);
	}

	/** All the activities the agency held. */
	public int activities() {
		return this.perKind.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The agency's own trainings and those it attended. */
	public int allTrainings() {
		return this.trainings + this.trainingsAttended;
	}

}
