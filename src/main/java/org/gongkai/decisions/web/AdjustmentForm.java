package org.gongkai.decisions.web;

import org.gongkai.decisions.AdjustmentInput;

/** The form proposing an adjustment of a published item. */
public class AdjustmentForm {

	private String adjustmentKind = "CHANGED";

	private String adjustmentReason = "";

	private String newPlannedTime = "";

	private String newUnit = "";

	AdjustmentInput input() {
		return new AdjustmentInput(this.adjustmentKind, this.adjustmentReason, this.newPlannedTime, this.newUnit);
	}

	public String getAdjustmentKind() {
		return this.adjustmentKind;
	}

	public void setAdjustmentKind(String adjustmentKind) {
		this.adjustmentKind = adjustmentKind;
	}

	public String getAdjustmentReason() {
		return this.adjustmentReason;
	}

	public void setAdjustmentReason(String adjustmentReason) {
		this.adjustmentReason = adjustmentReason;
	}

	public String getNewPlannedTime() {
		return this.newPlannedTime;
	}

	public void setNewPlannedTime(String newPlannedTime) {
		this.newPlannedTime = newPlannedTime;
	}

	public String getNewUnit() {
		return this.newUnit;
	}

	public void setNewUnit(String newUnit) {
		this.newUnit = newUnit;
	}

}
