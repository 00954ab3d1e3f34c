package org.gongkai.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * An activity as the back office shows it.
 *
 * @param id the identifier
 * @param agency the agency that held it
 * @param kind its kind
 * @param title the title
 * @param heldOn the (first) day
 * @param endsOn the last day, or {@code null}
 * @param place where
 * @param organiser who organised it, or {@code null}
 * @param description what happened, or {@code null}
 * @param materials copies handed out
 * @param advised people advised
 * @param attendees people trained
 * @param attendeeList names or units, one a line, or {@code null}
 * @param trainer who taught, or {@code null}
 * @param hours how long, or {@code null}
 * @param photos the photos, in the order uploaded
 * @param sheetName the sign-in sheet's file name, or {@code null} for none
 * @param attending the agencies that attended a disclosure office's training
 * @param createdBy who recorded it
 */
public record ActivityView(long id, AgencySummary agency, ActivityKind kind, String title, LocalDate heldOn,
		LocalDate endsOn, String place, String organiser, String description, int materials, int advised, int attendees,
		String attendeeList, String trainer, BigDecimal hours, List<Photo> photos, String sheetName,
		List<AgencySummary> attending, String createdBy) {

	/**
	 * A photo of an activity.
	 *
	 * @param index its place among the activity's photos (from 0)
	 * @param fileName the file name as uploaded (sanitised)
	 * @param size its size in bytes
	 */
	public record Photo(int index, String fileName, long size) {

	}

}
