package org.gongkai.services.web;

import org.gongkai.services.ServiceItemInput;

/** The service item form: every value as typed, kept when the form is shown again. */
public class ItemForm {

	private String name = "";

	private String basis = "";

	private String conditions = "";

	private String materials = "";

	private String process = "";

	private String legalDays = "";

	private String promisedDays = "";

	private String fees = "";

	private String placeAndHours = "";

	private String consultPhone = "";

	private String supervisionPhone = "";

	private boolean noForms;

	static ItemForm of(ServiceItemInput input) {
		ItemForm form = new ItemForm();
		form.name = text(input.name());
		form.basis = text(input.basis());
		form.conditions = text(input.conditions());
		form.materials = text(input.materials());
		form.process = text(input.process());
		form.legalDays = text(input.legalDays());
		form.promisedDays = text(input.promisedDays());
		form.fees = text(input.fees());
		form.placeAndHours = text(input.placeAndHours());
		form.consultPhone = text(input.consultPhone());
		form.supervisionPhone = text(input.supervisionPhone());
		form.noForms = input.noForms();
		return form;
	}

	ServiceItemInput input() {
		return new ServiceItemInput(this.name, this.basis, this.conditions, this.materials, this.process,
				this.legalDays, this.promisedDays, this.fees, this.placeAndHours, this.consultPhone,
				this.supervisionPhone, this.noForms);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getMaterials() {
		return this.materials;
	}

	public void setMaterials(String materials) {
		this.materials = materials;
	}

	public String getProcess() {
		return this.process;
	}

	public void setProcess(String process) {
		this.process = process;
	}

	public String getLegalDays() {
		return this.legalDays;
	}

	public void setLegalDays(String legalDays) {
		this.legalDays = legalDays;
	}

	public String getPromisedDays() {
		return this.promisedDays;
	}

	public void setPromisedDays(String promisedDays) {
		this.promisedDays = promisedDays;
	}

	public String getFees() {
		return this.fees;
	}

	public void setFees(String fees) {
		this.fees = fees;
	}

	public String getPlaceAndHours() {
		return this.placeAndHours;
	}

	public void setPlaceAndHours(String placeAndHours) {
		this.placeAndHours = placeAndHours;
	}

	public String getConsultPhone() {
		return this.consultPhone;
	}

	public void setConsultPhone(String consultPhone) {
		this.consultPhone = consultPhone;
	}

	public String getSupervisionPhone() {
		return this.supervisionPhone;
	}

	public void setSupervisionPhone(String supervisionPhone) {
		this.supervisionPhone = supervisionPhone;
	}

	public boolean isNoForms() {
		return this.noForms;
	}

	public void setNoForms(boolean noForms) {
		this.noForms = noForms;
	}

}
