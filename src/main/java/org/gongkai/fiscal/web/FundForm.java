package org.gongkai.fiscal.web;

import org.gongkai.fiscal.FundInput;

/** The special fund form: every value as typed, kept when the form is shown again. */
public class FundForm {

	private String year = "";

	private String name = "";

	private String amount = "";

	private boolean households;

	private String legalBasis = "";

	private String allocationMethod = "";

	private String allocationResults = "";

	private String disbursement = "";

	static FundForm of(FundInput input) {
		FundForm form = new FundForm();
		form.year = input.year();
		form.name = input.name();
		form.amount = input.amount();
		form.households = input.households();
		form.legalBasis = input.legalBasis();
		form.allocationMethod = input.allocationMethod();
		form.allocationResults = input.allocationResults();
		form.disbursement = input.disbursement();
		return form;
	}

	FundInput input() {
		return new FundInput(this.year, this.name, this.amount, this.households, this.legalBasis, this.allocationMethod,
				this.allocationResults, this.disbursement);
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public boolean isHouseholds() {
		return this.households;
	}

	public void setHouseholds(boolean households) {
		this.households = households;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getAllocationMethod() {
		return this.allocationMethod;
	}

	public void setAllocationMethod(String allocationMethod) {
		this.allocationMethod = allocationMethod;
	}

	public String getAllocationResults() {
		return this.allocationResults;
	}

	public void setAllocationResults(String allocationResults) {
		this.allocationResults = allocationResults;
	}

	public String getDisbursement() {
		return this.disbursement;
	}

	public void setDisbursement(String disbursement) {
		this.disbursement = disbursement;
	}

}
