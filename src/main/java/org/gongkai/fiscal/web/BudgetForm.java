package org.gongkai.fiscal.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.fiscal.BudgetInput;

/**
 * The budget disclosure form: every value as typed, kept when the form is shown again.
 */
public class BudgetForm {

	/** The row slots a form offers. */
	static final int SLOTS = 24;

	private String year = "";

	private String kind = "";

	private String approvedOn = "";

	private String explanation = "";

	private List<RowForm> rows = new ArrayList<>();

	private String travelPrevious = "";

	private String travelCurrent = "";

	private String carPurchasePrevious = "";

	private String carPurchaseCurrent = "";

	private String carRunningPrevious = "";

	private String carRunningCurrent = "";

	private String receptionPrevious = "";

	private String receptionCurrent = "";

	private String changeExplanation = "";

	/** A row of the 收支总表 as typed. */
	public static class RowForm {

		private String section = "INCOME";

		private String item = "";

		private String amount = "";

		public RowForm() {
		}

		RowForm(String section, String item, String amount) {
			this.section = section;
			this.item = item;
			this.amount = amount;
		}

		public String getSection() {
			return this.section;
		}

		public void setSection(String section) {
			this.section = section;
		}

		public String getItem() {
			return this.item;
		}

		public void setItem(String item) {
			this.item = item;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

	}

	/** A new form with the usual items of a 收支总表 (amounts left to fill). */
	static BudgetForm blank(String year, List<String> incomeItems, List<String> expenditureItems) {
		BudgetForm form = new BudgetForm();
		form.year = year;
		form.kind = "DEPARTMENT_BUDGET";
		incomeItems.forEach((item) -> form.rows.add(new RowForm("INCOME", item, "")));
		expenditureItems.forEach((item) -> form.rows.add(new RowForm("EXPENDITURE", item, "")));
		form.pad();
		return form;
	}

	static BudgetForm of(BudgetInput input) {
		BudgetForm form = new BudgetForm();
		form.year = input.year();
		form.kind = input.kind();
		form.approvedOn = input.approvedOn();
		form.explanation = input.explanation();
		input.rows().forEach((r) -> form.rows.add(new RowForm(r.section(), r.item(), r.amount())));
		form.travelPrevious = input.travelPrevious();
		form.travelCurrent = input.travelCurrent();
		form.carPurchasePrevious = input.carPurchasePrevious();
		form.carPurchaseCurrent = input.carPurchaseCurrent();
		form.carRunningPrevious = input.carRunningPrevious();
		form.carRunningCurrent = input.carRunningCurrent();
		form.receptionPrevious = input.receptionPrevious();
		form.receptionCurrent = input.receptionCurrent();
		form.changeExplanation = input.changeExplanation();
		form.pad();
		return form;
	}

	/** Fills the rows up to {@link #SLOTS} empty slots. */
	void pad() {
		while (this.rows.size() < SLOTS) {
			this.rows.add(new RowForm());
		}
	}

	BudgetInput input() {
		List<BudgetInput.RowInput> list = this.rows.stream()
			.map((r) -> new BudgetInput.RowInput(r.getSection(), r.getItem(), r.getAmount()))
			.toList();
		return new BudgetInput(this.year, this.kind, this.approvedOn, this.explanation, list, this.travelPrevious,
				this.travelCurrent, this.carPurchasePrevious, this.carPurchaseCurrent, this.carRunningPrevious,
				this.carRunningCurrent, this.receptionPrevious, this.receptionCurrent, this.changeExplanation);
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getApprovedOn() {
		return this.approvedOn;
	}

	public void setApprovedOn(String approvedOn) {
		this.approvedOn = approvedOn;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public List<RowForm> getRows() {
		return this.rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = rows;
	}

	public String getTravelPrevious() {
		return this.travelPrevious;
	}

	public void setTravelPrevious(String travelPrevious) {
		this.travelPrevious = travelPrevious;
	}

	public String getTravelCurrent() {
		return this.travelCurrent;
	}

	public void setTravelCurrent(String travelCurrent) {
		this.travelCurrent = travelCurrent;
	}

	public String getCarPurchasePrevious() {
		return this.carPurchasePrevious;
	}

	public void setCarPurchasePrevious(String carPurchasePrevious) {
		this.carPurchasePrevious = carPurchasePrevious;
	}

	public String getCarPurchaseCurrent() {
		return this.carPurchaseCurrent;
	}

	public void setCarPurchaseCurrent(String carPurchaseCurrent) {
		this.carPurchaseCurrent = carPurchaseCurrent;
	}

	public String getCarRunningPrevious() {
		return this.carRunningPrevious;
	}

	public void setCarRunningPrevious(String carRunningPrevious) {
		this.carRunningPrevious = carRunningPrevious;
	}

	public String getCarRunningCurrent() {
		return this.carRunningCurrent;
	}

	public void setCarRunningCurrent(String carRunningCurrent) {
		this.carRunningCurrent = carRunningCurrent;
	}

	public String getReceptionPrevious() {
		return this.receptionPrevious;
	}

	public void setReceptionPrevious(String receptionPrevious) {
		this.receptionPrevious = receptionPrevious;
	}

	public String getReceptionCurrent() {
		return this.receptionCurrent;
	}

	public void setReceptionCurrent(String receptionCurrent) {
		this.receptionCurrent = receptionCurrent;
	}

	public String getChangeExplanation() {
		return this.changeExplanation;
	}

	public void setChangeExplanation(String changeExplanation) {
		this.changeExplanation = changeExplanation;
	}

}
