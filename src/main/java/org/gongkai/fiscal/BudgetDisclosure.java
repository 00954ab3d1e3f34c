package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A budget or final-accounts disclosure of one agency and year: its kind, the approval
 * day the statutory 20 days run from, the explanation (说明), the rows of the 收支总表 and, for
 * a department, the 三公经费 with the previous year's figures.
 */
@Entity
@Table(name = "fis_budget")
class BudgetDisclosure extends ReviewedRecord {

	private String kind;

	@Column(name = "approved_on")
	private LocalDate approvedOn;

	private String explanation;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "fis_budget_row", joinColumns = @JoinColumn(name = "budget_id"))
	@OrderColumn(name = "position")
	private List<BudgetRow> rows = new ArrayList<>();

	@Column(name = "travel_previous")
	private BigDecimal travelPrevious;

	@Column(name = "travel_current")
	private BigDecimal travelCurrent;

	@Column(name = "car_purchase_previous")
	private BigDecimal carPurchasePrevious;

	@Column(name = "car_purchase_current")
	private BigDecimal carPurchaseCurrent;

	@Column(name = "car_running_previous")
	private BigDecimal carRunningPrevious;

	@Column(name = "car_running_current")
	private BigDecimal carRunningCurrent;

	@Column(name = "reception_previous")
	private BigDecimal receptionPrevious;

	@Column(name = "reception_current")
	private BigDecimal receptionCurrent;

	@Column(name = "change_explanation")
	private String changeExplanation;

	protected BudgetDisclosure() {
	}

	BudgetDisclosure(long agencyId, String createdBy, Instant now) {
		super(agencyId, createdBy, now);
	}

	void fill(int year, DisclosureKind kind, LocalDate approvedOn, String explanation, List<BudgetRow> rows,
			ThreePublicCosts costs) {
		setYear(year);
		this.kind = kind.name();
		this.approvedOn = approvedOn;
		this.explanation = explanation;
		this.rows.clear();
		this.rows.addAll(rows);
		this.travelPrevious = (costs != null) ? costs.travelPrevious() : null;
		this.travelCurrent = (costs != null) ? costs.travelCurrent() : null;
		this.carPurchasePrevious = (costs != null) ? costs.carPurchasePrevious() : null;
		this.carPurchaseCurrent = (costs != null) ? costs.carPurchaseCurrent() : null;
		this.carRunningPrevious = (costs != null) ? costs.carRunningPrevious() : null;
		this.carRunningCurrent = (costs != null) ? costs.carRunningCurrent() : null;
		this.receptionPrevious = (costs != null) ? costs.receptionPrevious() : null;
		this.receptionCurrent = (costs != null) ? costs.receptionCurrent() : null;
		this.changeExplanation = (costs != null) ? costs.explanation() : null;
	}

	DisclosureKind kind() {
		return DisclosureKind.valueOf(this.kind);
	}

	LocalDate approvedOn() {
		return this.approvedOn;
	}

	String explanation() {
		return this.explanation;
	}

	List<BudgetRow> rows() {
		return this.rows;
	}

	ThreePublicCosts costs() {
		if (this.travelCurrent == null) {
			return null;
		}
		return new ThreePublicCosts(this.travelPrevious, this.travelCurrent, this.carPurchasePrevious,
				this.carPurchaseCurrent, this.carRunningPrevious, this.carRunningCurrent, this.receptionPrevious,
				this.receptionCurrent, this.changeExplanation);
	}

}
