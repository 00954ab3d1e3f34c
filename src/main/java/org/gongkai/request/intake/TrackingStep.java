package org.gongkai.request.intake;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.request.rules.Outcome;

/**
 * One line of the public timeline of a case, in plain words.
 *
 * @param kind what happened, a suffix of the message key
 * {@code request.track.step.<kind>}
 * @param on the day it happened
 * @param arguments the message's arguments (dates written yyyy-MM-dd, document numbers)
 * @param outcome for the answer, its type; else {@code null}
 */
public record TrackingStep(String kind, LocalDate on, List<String> arguments, Outcome outcome) {

	public TrackingStep {
		arguments = List.copyOf(arguments);
	}

	static TrackingStep of(String kind, LocalDate on, String... arguments) {
		return new TrackingStep(kind, on, List.of(arguments), null);
	}

	/** The arguments as an array, for the message lookup. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
