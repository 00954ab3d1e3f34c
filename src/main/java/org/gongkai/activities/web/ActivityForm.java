package org.gongkai.activities.web;

import java.util.List;

import org.gongkai.activities.ActivityInput;

/**
 * The activity form as typed (every value text, so nothing typed is lost on a refusal).
 */
record ActivityForm(String kind, String title, String heldOn, String endsOn, String place, String organiser,
		String description, String materials, String advised, String attendees, String attendeeList, String trainer,
		String hours, List<String> attending) {

	static ActivityForm blank(String kind, String today) {
		return new ActivityForm(kind, "", today, "", "", "", "", "", "", "", "", "", "", List.of());
	}

	ActivityInput input() {
		return new ActivityInput(this.kind, this.title, this.heldOn, this.endsOn, this.place, this.organiser,
				this.description, this.materials, this.advised, this.attendees, this.attendeeList, this.trainer,
				this.hours, this.attending);
	}

}
