package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.fiscal.rules.Amounts;
import org.gongkai.fiscal.rules.FundParts;
import org.gongkai.fiscal.rules.VillageTotals;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special funds (专项资金) and household subsidies (惠民惠农补贴; docs/legal-rules.md, Fiscal
 * disclosure): the clerk enters a fund's parts and imports its households from XLSX,
 * submits it, and the agency's reviewer publishes or returns it; each step is audited.
 * The import checks every row and each village's total against the file's own totals
 * before anything is stored, and keeps the names and ID numbers masked by the privacy
 * scanner for the public page. Every command and staff query checks the signed-in user's
 * role for the agency on the server.
 */
@Service
public class FundDisclosing {

	static final int MAX_NAME = 200;

	static final int MAX_TEXT = 4_000;

	private final SpecialFunds funds;

	private final FiscalAccess access;

	private final PrivacyScanner scanner;

	private final AuditLog audit;

	private final Clock clock;

	FundDisclosing(SpecialFunds funds, FiscalAccess access, PrivacyScanner scanner, AuditLog audit, Clock clock) {
		this.funds = funds;
		this.access = access;
		this.scanner = scanner;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Everything wrong with the input, each naming its field; empty when it can be saved.
	 */
	public List<RuleViolationException> problems(FundInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		year(input.year(), problems);
		String name = Text.clean(input.name());
		if (name.isEmpty()) {
			problems.add(new RuleViolationException("fiscal.name.missing", "No fund name"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new RuleViolationException("fiscal.name.too-long", "Fund name too long", MAX_NAME));
		}
		if (Amounts.parse(input.amount()) == null) {
			problems.add(new RuleViolationException("fiscal.amount.invalid", "Fund amount invalid"));
		}
		text(input.legalBasis(), "legal-basis", problems);
		text(input.allocationMethod(), "allocation-method", problems);
		text(input.allocationResults(), "allocation-results", problems);
		text(input.disbursement(), "disbursement", problems);
		return problems;
	}

	/** Saves a new fund as a draft. @return its id */
	@Transactional
	public long create(long agencyId, FundInput input) {
		this.access.requireClerk(agencyId);
		return createAs(agencyId, input, FiscalAccess.actor());
	}

	long createAs(long agencyId, FundInput input, String actor) {
		valid(input);
		SpecialFund fund = new SpecialFund(agencyId, actor, this.clock.instant());
		fill(fund, input);
		fund = this.funds.save(fund);
		record("fiscal.fund.created", fund, null, summary(fund), actor);
		return fund.id();
	}

	/** Changes a draft's parts. */
	@Transactional
	public void update(long id, FundInput input) {
		SpecialFund fund = find(id);
		this.access.requireClerk(fund.agencyId());
		BudgetDisclosing.requireStatus(fund.status(), DisclosureStatus.DRAFT);
		valid(input);
		String before = summary(fund);
		fill(fund, input);
		if (!fund.households() && !fund.recipients().isEmpty()) {
			fund.replaceRecipients(List.of());
		}
		record("fiscal.fund.updated", fund, before, summary(fund), FiscalAccess.actor());
	}

	/**
	 * Replaces a draft's households by those of an XLSX list (see {@link HouseholdFile}
	 * for its shape): every row must have a village, a name, a valid resident ID number,
	 * an item and an amount in 元, and each village's households must add up to the total
	 * the file states for it (and all of them to its grand total, if stated). The names
	 * and ID numbers are masked by the privacy scanner for the public page.
	 * @return how many households were imported
	 * @throws RecipientImportRefused with every problem found; nothing was stored
	 */
	@Transactional
	public int importRecipients(long id, byte[] file) {
		SpecialFund fund = find(id);
		this.access.requireClerk(fund.agencyId());
		return importAs(fund, file, FiscalAccess.actor());
	}

	int importAs(SpecialFund fund, byte[] file, String actor) {
		BudgetDisclosing.requireStatus(fund.status(), DisclosureStatus.DRAFT);
		if (!fund.households()) {
			throw new RuleViolationException("fiscal.import.not-households", "Fund does not pay households");
		}
		HouseholdFile.Contents contents;
		try {
			contents = HouseholdFile.read(file);
		}
		catch (HouseholdFile.Refused ex) {
			throw new RecipientImportRefused(ex.problems()
				.stream()
				.map((p) -> new RuleViolationException(p.key(), "Household list refused", p.arguments()))
				.toList());
		}
		List<RuleViolationException> problems = new ArrayList<>();
		List<Recipient> recipients = new ArrayList<>();
		for (HouseholdFile.Household row : contents.households()) {
			Recipient recipient = recipient(row, problems);
			if (recipient != null) {
				recipients.add(recipient);
			}
		}
		contents.problems()
			.forEach((p) -> problems
				.add(new RuleViolationException(p.key(), "Household list total unreadable", p.arguments())));
		if (problems.isEmpty()) {
			Map<String, BigDecimal> sums = VillageTotals.sums(recipients.stream().map(Recipient::village).toList(),
					recipients.stream().map(Recipient::amount).toList());
			for (VillageTotals.Mismatch m : VillageTotals.check(sums, contents.stated())) {
				if (m.stated() == null) {
					problems.add(new RuleViolationException("fiscal.import.total.missing", "No total", m.village()));
				}
				else {
					problems.add(new RuleViolationException("fiscal.import.total.mismatch", "Total differs",
							m.village(), m.counted().toPlainString(), m.stated().toPlainString()));
				}
			}
			BigDecimal all = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (contents.grandTotal() != null && contents.grandTotal().compareTo(all) != 0) {
				problems.add(new RuleViolationException("fiscal.import.total.grand", "Grand total differs",
						all.toPlainString(), contents.grandTotal().toPlainString()));
			}
		}
		if (!problems.isEmpty()) {
			throw new RecipientImportRefused(problems);
		}
		int before = fund.recipients().size();
		fund.replaceRecipients(recipients);
		record("fiscal.fund.recipients-imported", fund, before + " households", recipients.size() + " households",
				actor);
		return recipients.size();
	}

	private Recipient recipient(HouseholdFile.Household row, List<RuleViolationException> problems) {
		int before = problems.size();
		if (row.village().isEmpty() || row.village().length() > 100) {
			problems.add(new RuleViolationException("fiscal.import.row.village", "Row village", row.row()));
		}
		if (row.name().isEmpty() || row.name().length() > 50) {
			problems.add(new RuleViolationException("fiscal.import.row.name", "Row name", row.row()));
		}
		String idNumber = row.idNumber().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		List<Finding> found = (idNumber.length() <= 30) ? this.scanner.scan(idNumber) : List.of();
		if (found.size() != 1 || found.get(0).type() != FindingType.ID_CARD || found.get(0).start() != 0
				|| found.get(0).end() != idNumber.length()) {
			problems.add(new RuleViolationException("fiscal.import.row.id", "Row ID number", row.row()));
		}
		if (row.item().isEmpty() || row.item().length() > 100) {
			problems.add(new RuleViolationException("fiscal.import.row.item", "Row item", row.row()));
		}
		BigDecimal amount = Amounts.parse(row.amount());
		if (amount == null) {
			problems.add(new RuleViolationException("fiscal.import.row.amount", "Row amount", row.row(),
					HouseholdFile.shown(row.amount())));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Recipient(row.village(), row.name(), idNumber, row.item(), amount, maskedName(row.name()),
				found.get(0).masked());
	}

	/**
	 * The name as the privacy module masks names: the surname kept, the rest {@code *}.
	 */
	private String maskedName(String name) {
		String masked = this.scanner.maskAll(name, List.of(name));
		if (masked.equals(name)) {
			// a one-character name, which the scanner does not look for
			masked = "*".repeat(name.length());
		}
		return masked;
	}

	/** The clerk submits a draft for review. */
	@Transactional
	public void submit(long id) {
		SpecialFund fund = find(id);
		this.access.requireClerk(fund.agencyId());
		submitAs(fund, FiscalAccess.actor());
	}

	void submitAs(SpecialFund fund, String actor) {
		BudgetDisclosing.requireStatus(fund.status(), DisclosureStatus.DRAFT);
		fund.moveTo(DisclosureStatus.IN_REVIEW, null, null);
		record("fiscal.fund.submitted", fund, DisclosureStatus.DRAFT.name(), DisclosureStatus.IN_REVIEW.name(), actor);
	}

	/** The reviewer publishes a submitted fund (today, in the configured zone). */
	@Transactional
	public void publish(long id) {
		SpecialFund fund = find(id);
		this.access.requireReviewer(fund.agencyId());
		publishAs(fund, LocalDate.now(this.clock), FiscalAccess.actor());
	}

	void publishAs(SpecialFund fund, LocalDate on, String actor) {
		BudgetDisclosing.requireStatus(fund.status(), DisclosureStatus.IN_REVIEW);
		fund.moveTo(DisclosureStatus.PUBLISHED, null, on);
		record("fiscal.fund.published", fund, DisclosureStatus.IN_REVIEW.name(),
				DisclosureStatus.PUBLISHED.name() + " " + on + ", missing " + missing(fund), actor);
	}

	/** The reviewer returns a submitted fund to the clerk with a note. */
	@Transactional
	public void returnToDraft(long id, String note) {
		SpecialFund fund = find(id);
		this.access.requireReviewer(fund.agencyId());
		BudgetDisclosing.requireStatus(fund.status(), DisclosureStatus.IN_REVIEW);
		String text = Text.clean(note);
		if (text.isEmpty() || text.length() > 1000) {
			throw new RuleViolationException("fiscal.note.invalid", "Return note missing or too long");
		}
		fund.moveTo(DisclosureStatus.DRAFT, text, null);
		record("fiscal.fund.returned", fund, DisclosureStatus.IN_REVIEW.name(), text, FiscalAccess.actor());
	}

	/** A fund the signed-in user may see, with the households unmasked. */
	@Transactional(readOnly = true)
	public FundView view(long id) {
		SpecialFund fund = find(id);
		this.access.requireVisible(fund.agencyId());
		return view(fund, false);
	}

	/** The input a form starts from when editing the draft. */
	@Transactional(readOnly = true)
	public FundInput input(long id) {
		FundView fund = view(id);
		return new FundInput(String.valueOf(fund.year()), fund.name(), fund.amount().toPlainString(), fund.households(),
				fund.legalBasis(), fund.allocationMethod(), fund.allocationResults(), fund.disbursement());
	}

	/** The agency's funds, newest year first, for its staff (households masked). */
	@Transactional(readOnly = true)
	public List<FundView> ofAgency(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.funds.findByAgencyIdOrderByYearDescIdAsc(agencyId).stream().map((f) -> view(f, true)).toList();
	}

	/** The agency's published funds, newest year first; for the public (masked). */
	@Transactional(readOnly = true)
	public List<FundView> published(long agencyId) {
		return this.funds.findByAgencyIdAndStatusOrderByYearDescIdAsc(agencyId, DisclosureStatus.PUBLISHED.name())
			.stream()
			.map((f) -> view(f, true))
			.toList();
	}

	/**
	 * A published fund with masked households; for the public. @throws NotFoundException
	 * otherwise
	 */
	@Transactional(readOnly = true)
	public FundView publicView(long id) {
		SpecialFund fund = find(id);
		if (fund.status() != DisclosureStatus.PUBLISHED) {
			throw new NotFoundException("Fund " + id + " not published");
		}
		return view(fund, true);
	}

	FundView view(SpecialFund fund, boolean masked) {
		List<RecipientView> recipients = fund.recipients().stream().map((r) -> r.view(masked)).toList();
		Map<String, BigDecimal> villages = VillageTotals.sums(
				fund.recipients().stream().map(Recipient::village).toList(),
				fund.recipients().stream().map(Recipient::amount).toList());
		BigDecimal total = villages.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return new FundView(fund.id(), fund.agencyId(), fund.year(), fund.name(), fund.amount(), fund.households(),
				fund.legalBasis(), fund.allocationMethod(), fund.allocationResults(), fund.disbursement(),
				fund.status(), fund.reviewNote(), fund.publishedOn(), recipients, total, villages, completeness(fund));
	}

	static FundCompleteness completeness(SpecialFund fund) {
		java.util.Set<FundPart> present = FundParts.present(fund.households(), fund.legalBasis(),
				fund.allocationMethod(), fund.allocationResults(), fund.recipients().size(), fund.disbursement());
		java.util.Set<FundPart> required = FundParts.required(fund.households());
		boolean published = fund.status() == DisclosureStatus.PUBLISHED;
		java.util.Set<FundPart> disclosed = java.util.EnumSet.noneOf(FundPart.class);
		if (published) {
			disclosed.addAll(present);
		}
		java.util.Set<FundPart> missing = java.util.EnumSet.noneOf(FundPart.class);
		missing.addAll(required);
		missing.removeAll(published ? present : java.util.Set.of());
		return new FundCompleteness(fund.id(), fund.agencyId(), fund.year(), fund.name(), fund.amount(), published,
				java.util.Collections.unmodifiableSet(disclosed), java.util.Collections.unmodifiableSet(missing));
	}

	SpecialFund find(long id) {
		return this.funds.findById(id).orElseThrow(() -> new NotFoundException("Fund " + id));
	}

	static Integer year(String text, List<RuleViolationException> problems) {
		String plain = Text.clean(text);
		if (plain.matches("[0-9]{4}")) {
			int year = Integer.parseInt(plain);
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		problems.add(new RuleViolationException("fiscal.year.invalid", "Year invalid"));
		return null;
	}

	private static void text(String value, String field, List<RuleViolationException> problems) {
		if (Text.clean(value).length() > MAX_TEXT) {
			problems.add(new RuleViolationException("fiscal." + field + ".too-long", field + " too long", MAX_TEXT));
		}
	}

	private void valid(FundInput input) {
		List<RuleViolationException> problems = problems(input);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private static void fill(SpecialFund fund, FundInput input) {
		fund.fill(Integer.parseInt(Text.clean(input.year())), Text.clean(input.name()), Amounts.parse(input.amount()),
				input.households(), Text.clean(input.legalBasis()), Text.clean(input.allocationMethod()),
				Text.clean(input.allocationResults()), Text.clean(input.disbursement()));
	}

	private static String missing(SpecialFund fund) {
		java.util.Set<FundPart> missing = java.util.EnumSet.noneOf(FundPart.class);
		missing.addAll(FundParts.required(fund.households()));
		missing.removeAll(FundParts.present(fund.households(), fund.legalBasis(), fund.allocationMethod(),
				fund.allocationResults(), fund.recipients().size(), fund.disbursement()));
		return missing.toString();
	}

	private static String summary(SpecialFund fund) {
		return fund.year() + " " + fund.name() + " " + fund.amount() + (fund.households() ? " households" : "");
	}

	private void record(String action, SpecialFund fund, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, "SpecialFund", fund.id())
			.withAgency(fund.agencyId())
			.withBefore(before)
			.withAfter(after)
			.withActor(actor));
	}

}
