package org.gongkai.decisions.web;

import org.gongkai.decisions.ItemInput;
import org.gongkai.decisions.ItemView;

/** The decision item form: every value as typed, kept when the form is shown again. */
public class ItemForm {

	private String title = "";

	private String kind = "MAJOR_DECISION";

	private String subKind = "";

	private String unit = "";

	private String plannedTime = "";

	private String legalBasis = "";

	private String reason = "";

	static ItemForm of(ItemView item) {
		ItemForm form = new ItemForm();
		form.title = item.title();
		form.kind = item.kind().name();
		form.subKind = (item.subKind() != null) ? item.subKind().name() : "";
		form.unit = item.unit();
		form.plannedTime = item.plannedTime();
		form.legalBasis = (item.legalBasis() != null) ? item.legalBasis() : "";
		form.reason = (item.additionReason() != null) ? item.additionReason() : "";
		return form;
	}

	ItemInput input() {
		String sub = "COLLECTIVE_MATTER".equals(this.kind) ? this.subKind : "";
		return new ItemInput(this.title, this.kind, sub, this.unit, this.plannedTime, this.legalBasis, this.reason);
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

	public String getSubKind() {
		return this.subKind;
	}

	public void setSubKind(String subKind) {
		this.subKind = subKind;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getPlannedTime() {
		return this.plannedTime;
	}

	public void setPlannedTime(String plannedTime) {
		this.plannedTime = plannedTime;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
