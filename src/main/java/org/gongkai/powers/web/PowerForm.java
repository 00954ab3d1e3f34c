package org.gongkai.powers.web;

import org.gongkai.powers.PowerInput;

/**
 * The power form as typed (all text, so a refused form loses nothing).
 */
public class PowerForm {

	private String type = "";

	private String code = "";

	private String name = "";

	private String legalBasis = "";

	private String unit = "";

	private String process = "";

	private String duties = "";

	private String accountability = "";

	private String supervision = "";

	private String phone = "";

	static PowerForm of(PowerInput input) {
		PowerForm form = new PowerForm();
		form.type = input.type();
		form.code = input.code();
		form.name = input.name();
		form.legalBasis = input.legalBasis();
		form.unit = input.unit();
		form.process = input.process();
		form.duties = input.duties();
		form.accountability = input.accountability();
		form.supervision = input.supervision();
		form.phone = input.phone();
		return form;
	}

	PowerInput input() {
		return new PowerInput(this.type, this.code, this.name, this.legalBasis, this.unit, this.process, this.duties,
				this.accountability, this.supervision, this.phone);
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getProcess() {
		return this.process;
	}

	public void setProcess(String process) {
		this.process = process;
	}

	public String getDuties() {
		return this.duties;
	}

	public void setDuties(String duties) {
		this.duties = duties;
	}

	public String getAccountability() {
		return this.accountability;
	}

	public void setAccountability(String accountability) {
		this.accountability = accountability;
	}

	public String getSupervision() {
		return this.supervision;
	}

	public void setSupervision(String supervision) {
		this.supervision = supervision;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
