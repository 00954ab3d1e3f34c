package org.gongkai.decisions.web;

import org.gongkai.decisions.StageInput;
import org.gongkai.decisions.StageView;

/** The stage form: every value as typed, kept when the form is shown again. */
public class StageForm {

	private String stage = "";

	private String heldOn = "";

	private String endsOn = "";

	private boolean skipped;

	private String skipReason = "";

	private String summary = "";

	private String shortReason = "";

	private String consultationId = "";

	private boolean disclose = true;

	private boolean dropFile;

	static StageForm of(StageView stage) {
		StageForm form = new StageForm();
		form.stage = stage.stage().name();
		form.heldOn = (stage.heldOn() != null) ? stage.heldOn().toString() : "";
		form.endsOn = (stage.endsOn() != null) ? stage.endsOn().toString() : "";
		form.skipped = stage.skipped();
		form.skipReason = (stage.skipReason() != null) ? stage.skipReason() : "";
		form.summary = (stage.summary() != null) ? stage.summary() : "";
		form.shortReason = (stage.shortReason() != null) ? stage.shortReason() : "";
		form.consultationId = (stage.consultation() != null) ? String.valueOf(stage.consultation().id()) : "";
		form.disclose = stage.disclose();
		return form;
	}

	StageInput input() {
		return new StageInput(this.stage, this.heldOn, this.endsOn, this.skipped, this.skipReason, this.summary,
				this.shortReason, this.consultationId, this.disclose);
	}

	public String getStage() {
		return this.stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public String getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public boolean isSkipped() {
		return this.skipped;
	}

	public void setSkipped(boolean skipped) {
		this.skipped = skipped;
	}

	public String getSkipReason() {
		return this.skipReason;
	}

	public void setSkipReason(String skipReason) {
		this.skipReason = skipReason;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getShortReason() {
		return this.shortReason;
	}

	public void setShortReason(String shortReason) {
		this.shortReason = shortReason;
	}

	public String getConsultationId() {
		return this.consultationId;
	}

	public void setConsultationId(String consultationId) {
		this.consultationId = consultationId;
	}

	public boolean isDisclose() {
		return this.disclose;
	}

	public void setDisclose(boolean disclose) {
		this.disclose = disclose;
	}

	public boolean isDropFile() {
		return this.dropFile;
	}

	public void setDropFile(boolean dropFile) {
		this.dropFile = dropFile;
	}

}
