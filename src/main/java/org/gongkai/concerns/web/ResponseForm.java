package org.gongkai.concerns.web;

import org.gongkai.concerns.ResponseInput;

/** The form of a response given outside the column, as typed. */
public class ResponseForm {

	private String answeredAt = "";

	private String link = "";

	private String note = "";

	ResponseInput input() {
		return new ResponseInput(this.answeredAt, this.link, this.note);
	}

	public String getAnsweredAt() {
		return this.answeredAt;
	}

	public void setAnsweredAt(String answeredAt) {
		this.answeredAt = answeredAt;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
