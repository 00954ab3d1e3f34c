package org.gongkai.activities;

import java.util.List;

/**
 * An activity as typed (numbers and days as text, so a form re-renders what was typed).
 *
 * @param kind the {@link ActivityKind} name
 * @param title the title
 * @param heldOn the (first) day, {@code yyyy-MM-dd}
 * @param endsOn the last day of an activity over several days, or blank
 * @param place where it was held
 * @param organiser who organised it (blank: the agency)
 * @param description what happened
 * @param materials copies of materials handed out (份), publicity and the like
 * @param advised people advised (人次)
 * @param attendees people trained (人数), a training
 * @param attendeeList the attendees' names or units, one a line (optional)
 * @param trainer who taught (a training)
 * @param hours how long (a training, hours)
 * @param attending the credit codes of the agencies under a disclosure office that
 * attended its training
 */
public record ActivityInput(String kind, String title, String heldOn, String endsOn, String place, String organiser,
		String description, String materials, String advised, String attendees, String attendeeList, String trainer,
		String hours, List<String> attending) {

	public ActivityInput {
		attending = (attending != null) ? List.copyOf(attending.stream().filter((c) -> c != null).toList()) : List.of();
	}

}
