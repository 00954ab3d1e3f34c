package org.gongkai.concerns.web;

import org.gongkai.concerns.ConcernInput;

/** The concern form: every value as typed, kept when the form is shown again. */
public class ConcernForm {

	private String title = "";

	private String kind = "";

	private String source = "";

	private String aroseAt = "";

	private String severity = "";

	private String handler = "";

	ConcernInput input() {
		return new ConcernInput(this.title, this.kind, this.source, this.aroseAt, this.severity, this.handler);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getAroseAt() {
		return this.aroseAt;
	}

	public void setAroseAt(String aroseAt) {
		this.aroseAt = aroseAt;
	}

	public String getSeverity() {
		return this.severity;
	}

	public void setSeverity(String severity) {
		this.severity = severity;
	}

	public String getHandler() {
		return this.handler;
	}

	public void setHandler(String handler) {
		this.handler = handler;
	}

}
