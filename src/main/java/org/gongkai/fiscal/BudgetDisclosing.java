package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.fiscal.rules.Amounts;
import org.gongkai.fiscal.rules.CostChanges;
import org.gongkai.fiscal.rules.DisclosureDeadline;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget and final-accounts disclosure (预算/决算公开, Budget Law art. 14; docs/legal-rules.md,
 * Fiscal disclosure) as structured forms: the clerk drafts and submits, the agency's
 * reviewer publishes or returns it with a note; each step is audited. The page shows the
 * last day (approval + 20 days) and flags a late disclosure. Every command and staff
 * query checks the signed-in user's role for the agency on the server.
 */
@Service
public class BudgetDisclosing {

	/** The longest 说明 and explanation of changes. */
	static final int MAX_EXPLANATION = 20_000;

	static final int MAX_CHANGE_EXPLANATION = 4_000;

	static final int MAX_ROWS = 60;

	static final int MAX_ITEM = 200;

	private final BudgetDisclosures budgets;

	private final FiscalAccess access;

	private final AuditLog audit;

	private final Clock clock;

	BudgetDisclosing(BudgetDisclosures budgets, FiscalAccess access, AuditLog audit, Clock clock) {
		this.budgets = budgets;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The parsed values of a valid input. */
	record Parsed(int year, DisclosureKind kind, LocalDate approvedOn, String explanation, List<BudgetRow> rows,
			ThreePublicCosts costs) {

	}

	/**
	 * Everything wrong with the input for the agency, each with a message key naming its
	 * field ({@code fiscal.<field>.<problem>}); empty when it can be saved.
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> problems(long agencyId, BudgetInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		parse(agencyId, input, problems);
		return problems;
	}

	/**
	 * Saves a new draft. @throws RuleViolationException the first problem of the input
	 * @throws org.gongkai.platform.ForbiddenException unless a clerk of the agency
	 * @return its id
	 */
	@Transactional
	public long create(long agencyId, BudgetInput input) {
		this.access.requireClerk(agencyId);
		return createAs(agencyId, input, FiscalAccess.actor());
	}

	long createAs(long agencyId, BudgetInput input, String actor) {
		Parsed parsed = valid(agencyId, input);
		BudgetDisclosure budget = new BudgetDisclosure(agencyId, actor, this.clock.instant());
		fill(budget, parsed);
		budget = this.budgets.save(budget);
		record("fiscal.budget.created", budget, null, summary(budget), actor);
		return budget.id();
	}

	/** Changes a draft. @throws RuleViolationException {@code fiscal.status.not-draft} */
	@Transactional
	public void update(long id, BudgetInput input) {
		BudgetDisclosure budget = find(id);
		this.access.requireClerk(budget.agencyId());
		requireStatus(budget.status(), DisclosureStatus.DRAFT);
		String before = summary(budget);
		fill(budget, valid(budget.agencyId(), input));
		record("fiscal.budget.updated", budget, before, summary(budget), FiscalAccess.actor());
	}

	/** The clerk submits a draft for review. */
	@Transactional
	public void submit(long id) {
		BudgetDisclosure budget = find(id);
		this.access.requireClerk(budget.agencyId());
		submitAs(budget, FiscalAccess.actor());
	}

	void submitAs(BudgetDisclosure budget, String actor) {
		requireStatus(budget.status(), DisclosureStatus.DRAFT);
		budget.moveTo(DisclosureStatus.IN_REVIEW, null, null);
		record("fiscal.budget.submitted", budget, DisclosureStatus.DRAFT.name(), DisclosureStatus.IN_REVIEW.name(),
				actor);
	}

	/** The reviewer publishes a submitted disclosure (today, in the configured zone). */
	@Transactional
	public void publish(long id) {
		BudgetDisclosure budget = find(id);
		this.access.requireReviewer(budget.agencyId());
		publishAs(budget, LocalDate.now(this.clock), FiscalAccess.actor());
	}

	void publishAs(BudgetDisclosure budget, LocalDate on, String actor) {
		requireStatus(budget.status(), DisclosureStatus.IN_REVIEW);
		budget.moveTo(DisclosureStatus.PUBLISHED, null, on);
		record("fiscal.budget.published", budget, DisclosureStatus.IN_REVIEW.name(), DisclosureStatus.PUBLISHED.name()
				+ " " + on + (DisclosureDeadline.late(budget.approvedOn(), on, on) ? " late" : ""), actor);
	}

	/** The reviewer returns a submitted disclosure to the clerk with a note. */
	@Transactional
	public void returnToDraft(long id, String note) {
		BudgetDisclosure budget = find(id);
		this.access.requireReviewer(budget.agencyId());
		requireStatus(budget.status(), DisclosureStatus.IN_REVIEW);
		String text = Text.clean(note);
		if (text.isEmpty() || text.length() > 1000) {
			throw new RuleViolationException("fiscal.note.invalid", "Return note missing or too long");
		}
		budget.moveTo(DisclosureStatus.DRAFT, text, null);
		record("fiscal.budget.returned", budget, DisclosureStatus.IN_REVIEW.name(), text, FiscalAccess.actor());
	}

	/** A disclosure the signed-in user may see. */
	@Transactional(readOnly = true)
	public BudgetView view(long id) {
		BudgetDisclosure budget = find(id);
		this.access.requireVisible(budget.agencyId());
		return view(budget);
	}

	/** The input a form starts from when editing the draft. */
	@Transactional(readOnly = true)
	public BudgetInput input(long id) {
		BudgetView view = view(id);
		List<BudgetInput.RowInput> rows = view.rows()
			.stream()
			.map((r) -> new BudgetInput.RowInput(r.section().name(), r.item(), r.amount().toPlainString()))
			.toList();
		ThreePublicCosts c = view.costs();
		return new BudgetInput(String.valueOf(view.year()), view.kind().name(), view.approvedOn().toString(),
				view.explanation(), rows, plain((c != null) ? c.travelPrevious() : null),
				plain((c != null) ? c.travelCurrent() : null), plain((c != null) ? c.carPurchasePrevious() : null),
				plain((c != null) ? c.carPurchaseCurrent() : null), plain((c != null) ? c.carRunningPrevious() : null),
				plain((c != null) ? c.carRunningCurrent() : null), plain((c != null) ? c.receptionPrevious() : null),
				plain((c != null) ? c.receptionCurrent() : null), (c != null) ? c.explanation() : "");
	}

	/** The agency's disclosures, newest year first, for its staff. */
	@Transactional(readOnly = true)
	public List<BudgetView> ofAgency(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.budgets.findByAgencyIdOrderByYearDescIdDesc(agencyId).stream().map(this::view).toList();
	}

	/** The agency's published disclosures, newest year first; for the public. */
	@Transactional(readOnly = true)
	public List<BudgetView> published(long agencyId) {
		return this.budgets.findByAgencyIdAndStatusOrderByYearDescIdDesc(agencyId, DisclosureStatus.PUBLISHED.name())
			.stream()
			.map(this::view)
			.toList();
	}

	/** A published disclosure; for the public. @throws NotFoundException otherwise */
	@Transactional(readOnly = true)
	public BudgetView publicView(long id) {
		BudgetDisclosure budget = find(id);
		if (budget.status() != DisclosureStatus.PUBLISHED) {
			throw new NotFoundException("Budget disclosure " + id + " not published");
		}
		return view(budget);
	}

	/** Whether the signed-in user may publish or return the agency's disclosures. */
	public boolean mayReview(long agencyId) {
		try {
			this.access.requireReviewer(agencyId);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Whether the signed-in user may draft the agency's disclosures. */
	public boolean mayDraft(long agencyId) {
		try {
			this.access.requireClerk(agencyId);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	BudgetView view(BudgetDisclosure budget) {
		List<BudgetView.Row> rows = budget.rows()
			.stream()
			.map((r) -> new BudgetView.Row(BudgetView.Section.valueOf(r.section()), r.item(), r.amount()))
			.toList();
		BigDecimal income = sum(rows, BudgetView.Section.INCOME);
		BigDecimal expenditure = sum(rows, BudgetView.Section.EXPENDITURE);
		return new BudgetView(budget.id(), budget.agencyId(), budget.year(), budget.kind(), budget.approvedOn(),
				DisclosureDeadline.dueOn(budget.approvedOn()),
				DisclosureDeadline.late(budget.approvedOn(), budget.publishedOn(), LocalDate.now(this.clock)),
				budget.explanation(), rows, income, expenditure, budget.costs(), budget.status(), budget.reviewNote(),
				budget.publishedOn());
	}

	BudgetDisclosure find(long id) {
		return this.budgets.findById(id).orElseThrow(() -> new NotFoundException("Budget disclosure " + id));
	}

	private static BigDecimal sum(List<BudgetView.Row> rows, BudgetView.Section section) {
		return rows.stream()
			.filter((r) -> r.section() == section)
			.map(BudgetView.Row::amount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	private Parsed valid(long agencyId, BudgetInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		Parsed parsed = parse(agencyId, input, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return parsed;
	}

	private Parsed parse(long agencyId, BudgetInput input, List<RuleViolationException> problems) {
		Integer year = FundDisclosing.year(input.year(), problems);
		DisclosureKind kind = null;
		try {
			kind = DisclosureKind.valueOf(Text.clean(input.kind()));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new RuleViolationException("fiscal.kind.invalid", "Unknown kind"));
		}
		if (kind != null && !kind.department() && !this.access.financeDepartment(agencyId)) {
			problems
				.add(new RuleViolationException("fiscal.kind.finance-only", "Government kind by a non-finance agency"));
			kind = null;
		}
		LocalDate approvedOn = null;
		String approved = Text.clean(input.approvedOn());
		try {
			approvedOn = (approved.length() == 10) ? LocalDate.parse(approved) : null;
		}
		catch (DateTimeParseException ex) {
			approvedOn = null;
		}
		if (approvedOn == null || approvedOn.getYear() < 2000) {
			problems.add(new RuleViolationException("fiscal.approved-on.invalid", "Approval day invalid"));
			approvedOn = null;
		}
		else if (approvedOn.isAfter(LocalDate.now(this.clock))) {
			problems.add(new RuleViolationException("fiscal.approved-on.future", "Approval day in the future"));
		}
		String explanation = Text.clean(input.explanation());
		if (explanation.isEmpty()) {
			problems.add(new RuleViolationException("fiscal.explanation.missing", "No explanation"));
		}
		else if (explanation.length() > MAX_EXPLANATION) {
			problems.add(
					new RuleViolationException("fiscal.explanation.too-long", "Explanation too long", MAX_EXPLANATION));
		}
		List<BudgetRow> rows = rows(input.rows(), problems);
		ThreePublicCosts costs = null;
		if (kind != null && kind.department()) {
			costs = costs(input, problems);
		}
		return new Parsed((year != null) ? year : 0, kind, approvedOn, explanation, rows, costs);
	}

	private static List<BudgetRow> rows(List<BudgetInput.RowInput> inputs, List<RuleViolationException> problems) {
		List<BudgetRow> rows = new ArrayList<>();
		List<BudgetInput.RowInput> given = (inputs != null) ? inputs : List.of();
		if (given.size() > MAX_ROWS) {
			problems.add(new RuleViolationException("fiscal.rows.too-many", "Too many rows", MAX_ROWS));
			return rows;
		}
		int number = 0;
		for (BudgetInput.RowInput row : given) {
			number++;
			if (row == null) {
				continue;
			}
			String item = Text.clean(row.item());
			String amountText = Text.clean(row.amount());
			if (item.isEmpty() && amountText.isEmpty()) {
				continue;
			}
			BudgetView.Section section;
			try {
				section = BudgetView.Section.valueOf(Text.clean(row.section()));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new RuleViolationException("fiscal.rows.section-invalid", "Row section", number));
				continue;
			}
			if (item.isEmpty() || item.length() > MAX_ITEM) {
				problems.add(new RuleViolationException("fiscal.rows.item-invalid", "Row item", number, MAX_ITEM));
				continue;
			}
			BigDecimal amount = Amounts.parse(amountText);
			if (amount == null) {
				problems.add(new RuleViolationException("fiscal.rows.amount-invalid", "Row amount", number));
				continue;
			}
			rows.add(new BudgetRow(section.name(), item, amount));
		}
		if (rows.isEmpty() && problems.stream().noneMatch((p) -> p.messageKey().startsWith("fiscal.rows."))) {
			problems.add(new RuleViolationException("fiscal.rows.missing", "No rows"));
		}
		return rows;
	}

	private static ThreePublicCosts costs(BudgetInput input, List<RuleViolationException> problems) {
		BigDecimal[] values = { amount(input.travelPrevious(), "travel-previous", problems),
				amount(input.travelCurrent(), "travel-current", problems),
				amount(input.carPurchasePrevious(), "car-purchase-previous", problems),
				amount(input.carPurchaseCurrent(), "car-purchase-current", problems),
				amount(input.carRunningPrevious(), "car-running-previous", problems),
				amount(input.carRunningCurrent(), "car-running-current", problems),
				amount(input.receptionPrevious(), "reception-previous", problems),
				amount(input.receptionCurrent(), "reception-current", problems) };
		for (BigDecimal value : values) {
			if (value == null) {
				return null;
			}
		}
		String explanation = Text.clean(input.changeExplanation());
		if (CostChanges.explanationMissing(explanation, values)) {
			// 三公经费: the reasons for increases or decreases are disclosed with the figures
			problems.add(new RuleViolationException("fiscal.change-explanation.missing",
					"Three public costs changed without an explanation"));
		}
		else if (explanation.length() > MAX_CHANGE_EXPLANATION) {
			problems.add(new RuleViolationException("fiscal.change-explanation.too-long", "Change explanation too long",
					MAX_CHANGE_EXPLANATION));
		}
		return new ThreePublicCosts(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
				values[7], explanation);
	}

	private static BigDecimal amount(String text, String field, List<RuleViolationException> problems) {
		BigDecimal amount = Amounts.parse(text);
		if (amount == null) {
			problems.add(new RuleViolationException("fiscal." + field + ".invalid", "Amount " + field + " invalid"));
		}
		return amount;
	}

	private static void fill(BudgetDisclosure budget, Parsed parsed) {
		budget.fill(parsed.year(), parsed.kind(), parsed.approvedOn(), parsed.explanation(), parsed.rows(),
				parsed.costs());
	}

	static void requireStatus(DisclosureStatus actual, DisclosureStatus expected) {
		if (actual != expected) {
			throw new RuleViolationException("fiscal.status." + expected.name().toLowerCase().replace('_', '-'),
					"Status " + actual + ", expected " + expected);
		}
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : "";
	}

	private static String summary(BudgetDisclosure budget) {
		return budget.year() + " " + budget.kind() + " approved " + budget.approvedOn() + ", " + budget.rows().size()
				+ " rows" + ((budget.costs() != null) ? ", costs " + budget.costs().totalCurrent() : "");
	}

	private void record(String action, BudgetDisclosure budget, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, "BudgetDisclosure", budget.id())
			.withAgency(budget.agencyId())
			.withBefore(before)
			.withAfter(after)
			.withActor(actor));
	}

}
