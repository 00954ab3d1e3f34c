package org.gongkai.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.decisions.rules.CatalogueScope;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly catalogue of major decisions (决策事项目录, Order 713 art. 10): the clerk creates
 * the year's catalogue, enters its items and submits it; the agency's reviewer publishes
 * it as a whole (today) or returns it with a note. Once published, the catalogue is
 * adjusted item by item: an item added later is reviewed on its own and, published, shown
 * as 调入 with its reason; a change of planned time or undertaking unit, or a removal, is
 * proposed with a reason and applied when the reviewer publishes it. Every step is
 * audited; every command checks the user's role for the agency.
 */
@Service
public class DecisionPlanning {

	static final int MAX_TITLE = 200;

	static final int MAX_UNIT = 100;

	static final int MAX_TIME = 100;

	static final int MAX_BASIS = 2000;

	static final int MAX_REASON = 1000;

	private final DecisionCatalogues catalogues;

	private final DecisionItems items;

	private final CatalogueAdjustments adjustments;

	private final DecisionAccess access;

	private final AuditLog audit;

	private final Clock clock;

	DecisionPlanning(DecisionCatalogues catalogues, DecisionItems items, CatalogueAdjustments adjustments,
			DecisionAccess access, AuditLog audit, Clock clock) {
		this.catalogues = catalogues;
		this.items = items;
		this.adjustments = adjustments;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	// Catalogues

	/**
	 * Creates the agency's (empty, draft) catalogue for the year.
	 * @return its id
	 * @throws RuleViolationException for an invalid year, a year that has one, or a
	 * village
	 */
	@Transactional
	public long createCatalogue(long agencyId, String yearText) {
		this.access.requireClerk(agencyId);
		return createCatalogueAs(agencyId, yearText, DecisionAccess.actor());
	}

	long createCatalogueAs(long agencyId, String yearText, String actor) {
		if (!CatalogueScope.keepsCatalogue(level(agencyId))) {
			throw new RuleViolationException("decisions.agency.village", "A village keeps no catalogue");
		}
		Integer year = year(yearText);
		if (year == null) {
			throw new RuleViolationException("decisions.year.invalid", "Year invalid");
		}
		if (this.catalogues.findByAgencyIdAndYear(agencyId, year).isPresent()) {
			throw new RuleViolationException("decisions.year.exists", "Catalogue exists", year);
		}
		DecisionCatalogue catalogue = this.catalogues
			.save(new DecisionCatalogue(agencyId, year, actor, this.clock.instant()));
		record("decisions.catalogue.created", "DecisionCatalogue", catalogue.id(), agencyId, null, String.valueOf(year),
				actor);
		return catalogue.id();
	}

	/** The clerk submits a draft catalogue (with at least one item) for review. */
	@Transactional
	public void submitCatalogue(long id) {
		DecisionCatalogue catalogue = catalogue(id);
		this.access.requireClerk(catalogue.agencyId());
		submitCatalogueAs(catalogue, DecisionAccess.actor());
	}

	void submitCatalogueAs(DecisionCatalogue catalogue, String actor) {
		requireState(catalogue.status(), ReviewState.DRAFT);
		if (this.items.findByCatalogueIdOrderByIdAsc(catalogue.id()).isEmpty()) {
			throw new RuleViolationException("decisions.catalogue.empty", "Catalogue without items");
		}
		catalogue.moveTo(ReviewState.IN_REVIEW, null, null);
		record("decisions.catalogue.submitted", "DecisionCatalogue", catalogue.id(), catalogue.agencyId(),
				ReviewState.DRAFT.name(), ReviewState.IN_REVIEW.name(), actor);
	}

	/** The reviewer publishes a submitted catalogue, with all its items, today. */
	@Transactional
	public void publishCatalogue(long id) {
		DecisionCatalogue catalogue = catalogue(id);
		this.access.requireReviewer(catalogue.agencyId());
		publishCatalogueAs(catalogue, LocalDate.now(this.clock), DecisionAccess.actor());
	}

	void publishCatalogueAs(DecisionCatalogue catalogue, LocalDate on, String actor) {
		requireState(catalogue.status(), ReviewState.IN_REVIEW);
		catalogue.moveTo(ReviewState.PUBLISHED, null, on);
		List<DecisionItem> list = this.items.findByCatalogueIdOrderByIdAsc(catalogue.id());
		list.forEach((i) -> i.moveTo(ReviewState.PUBLISHED, null));
		record("decisions.catalogue.published", "DecisionCatalogue", catalogue.id(), catalogue.agencyId(),
				ReviewState.IN_REVIEW.name(), ReviewState.PUBLISHED + " " + on + ", " + list.size() + " items", actor);
	}

	/** The reviewer returns a submitted catalogue to the clerk with a note. */
	@Transactional
	public void returnCatalogue(long id, String note) {
		DecisionCatalogue catalogue = catalogue(id);
		this.access.requireReviewer(catalogue.agencyId());
		requireState(catalogue.status(), ReviewState.IN_REVIEW);
		String text = note(note);
		catalogue.moveTo(ReviewState.DRAFT, text, null);
		record("decisions.catalogue.returned", "DecisionCatalogue", catalogue.id(), catalogue.agencyId(),
				ReviewState.IN_REVIEW.name(), text, DecisionAccess.actor());
	}

	// Items

	/**
	 * Everything wrong with an item's input, each naming its field; empty when it can be
	 * saved.
	 * @param later whether the item is added to a published catalogue (needs a reason)
	 */
	public List<RuleViolationException> problems(long agencyId, ItemInput input, boolean later) {
		List<RuleViolationException> problems = new ArrayList<>();
		required(input.title(), "title", MAX_TITLE, problems);
		DecisionKind kind = parse(DecisionKind.class, input.kind());
		CollectiveKind subKind = parse(CollectiveKind.class, input.subKind());
		if (kind == null && !Text.clean(input.kind()).isEmpty()) {
			problems.add(new RuleViolationException("decisions.kind.invalid", "Kind invalid"));
		}
		else if (subKind == null && !Text.clean(input.subKind()).isEmpty()) {
			problems.add(new RuleViolationException("decisions.sub-kind.invalid", "Sub-kind invalid"));
		}
		else {
			RuleViolationException scope = CatalogueScope.problem(level(agencyId), kind, subKind);
			if (scope != null) {
				problems.add(scope);
			}
		}
		required(input.unit(), "unit", MAX_UNIT, problems);
		required(input.plannedTime(), "planned-time", MAX_TIME, problems);
		if (Text.clean(input.legalBasis()).length() > MAX_BASIS) {
			problems.add(new RuleViolationException("decisions.legal-basis.too-long", "Basis too long", MAX_BASIS));
		}
		if (later) {
			required(input.reason(), "reason", MAX_REASON, problems);
		}
		return problems;
	}

	/**
	 * Adds an item to a catalogue: with it while the catalogue is a draft; as an item of
	 * its own to be reviewed once the catalogue is published (调入, with its reason).
	 * @return the item's id
	 */
	@Transactional
	public long addItem(long catalogueId, ItemInput input) {
		DecisionCatalogue catalogue = catalogue(catalogueId);
		this.access.requireClerk(catalogue.agencyId());
		return addItemAs(catalogue, input, DecisionAccess.actor());
	}

	long addItemAs(DecisionCatalogue catalogue, ItemInput input, String actor) {
		if (catalogue.status() == ReviewState.IN_REVIEW) {
			throw new RuleViolationException("decisions.catalogue.in-review", "Catalogue in review");
		}
		boolean later = catalogue.status() == ReviewState.PUBLISHED;
		valid(this.problems(catalogue.agencyId(), input, later));
		DecisionItem item = new DecisionItem(catalogue.id(), catalogue.agencyId(), later,
				later ? Text.clean(input.reason()) : null, this.clock.instant());
		fill(item, input);
		item = this.items.save(item);
		record("decisions.item.added", "DecisionItem", item.id(), item.agencyId(), null,
				item.summary() + (later ? " | later: " + item.additionReason() : ""), actor);
		return item.id();
	}

	/**
	 * Changes an item while it can be edited: in a draft catalogue, or added later and
	 * not yet submitted.
	 */
	@Transactional
	public void updateItem(long id, ItemInput input) {
		DecisionItem item = item(id);
		this.access.requireClerk(item.agencyId());
		if (!editable(item)) {
			throw new RuleViolationException("decisions.item.not-editable", "Item not editable");
		}
		valid(this.problems(item.agencyId(), input, item.addedLater()));
		String before = item.summary();
		fill(item, input);
		if (item.addedLater()) {
			item.additionReason(Text.clean(input.reason()));
		}
		record("decisions.item.updated", "DecisionItem", item.id(), item.agencyId(), before, item.summary(),
				DecisionAccess.actor());
	}

	/** Whether the item's entries can still be changed by the clerk. */
	@Transactional(readOnly = true)
	public boolean editable(long id) {
		return editable(item(id));
	}

	private boolean editable(DecisionItem item) {
		if (item.addedLater()) {
			return item.status() == ReviewState.DRAFT;
		}
		return catalogue(item.catalogueId()).status() == ReviewState.DRAFT;
	}

	/** The clerk submits an item added to a published catalogue for review. */
	@Transactional
	public void submitItem(long id) {
		DecisionItem item = laterItem(id);
		this.access.requireClerk(item.agencyId());
		submitItemAs(item, DecisionAccess.actor());
	}

	void submitItemAs(DecisionItem item, String actor) {
		requireState(item.status(), ReviewState.DRAFT);
		item.moveTo(ReviewState.IN_REVIEW, null);
		record("decisions.item.submitted", "DecisionItem", item.id(), item.agencyId(), ReviewState.DRAFT.name(),
				ReviewState.IN_REVIEW.name(), actor);
	}

	/**
	 * The reviewer publishes an item added later; the catalogue shows it as 调入 from
	 * today.
	 */
	@Transactional
	public void publishItem(long id) {
		DecisionItem item = laterItem(id);
		this.access.requireReviewer(item.agencyId());
		publishItemAs(item, LocalDate.now(this.clock), DecisionAccess.actor());
	}

	void publishItemAs(DecisionItem item, LocalDate on, String actor) {
		requireState(item.status(), ReviewState.IN_REVIEW);
		item.moveTo(ReviewState.PUBLISHED, null);
		CatalogueAdjustment added = new CatalogueAdjustment(item.id(), item.agencyId(), AdjustmentKind.ADDED,
				item.additionReason(), null, null, on, this.clock.instant());
		added.moveTo(ReviewState.PUBLISHED, null, on);
		this.adjustments.save(added);
		record("decisions.item.published", "DecisionItem", item.id(), item.agencyId(), ReviewState.IN_REVIEW.name(),
				ReviewState.PUBLISHED + " " + on, actor);
	}

	/** The reviewer returns an item added later to the clerk with a note. */
	@Transactional
	public void returnItem(long id, String note) {
		DecisionItem item = laterItem(id);
		this.access.requireReviewer(item.agencyId());
		requireState(item.status(), ReviewState.IN_REVIEW);
		String text = note(note);
		item.moveTo(ReviewState.DRAFT, text);
		record("decisions.item.returned", "DecisionItem", item.id(), item.agencyId(), ReviewState.IN_REVIEW.name(),
				text, DecisionAccess.actor());
	}

	// Adjustments

	/** Everything wrong with a proposed adjustment, each naming its field. */
	public List<RuleViolationException> problems(AdjustmentInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		AdjustmentKind kind = parse(AdjustmentKind.class, input.kind());
		if (kind == null || kind == AdjustmentKind.ADDED) {
			problems.add(new RuleViolationException("decisions.adjustment-kind.invalid", "Adjustment kind invalid"));
		}
		required(input.reason(), "adjustment-reason", MAX_REASON, problems);
		String time = Text.clean(input.plannedTime());
		String unit = Text.clean(input.unit());
		if (time.length() > MAX_TIME) {
			problems.add(new RuleViolationException("decisions.new-planned-time.too-long", "Too long", MAX_TIME));
		}
		if (unit.length() > MAX_UNIT) {
			problems.add(new RuleViolationException("decisions.new-unit.too-long", "Too long", MAX_UNIT));
		}
		if (kind == AdjustmentKind.CHANGED && time.isEmpty() && unit.isEmpty()) {
			problems.add(new RuleViolationException("decisions.new-planned-time.nothing", "Nothing changes"));
		}
		return problems;
	}

	/**
	 * The clerk proposes to change or remove a published item; the reviewer's publishing
	 * applies it. @return the adjustment's id
	 */
	@Transactional
	public long proposeAdjustment(long itemId, AdjustmentInput input) {
		DecisionItem item = item(itemId);
		this.access.requireClerk(item.agencyId());
		return proposeAs(item, input, LocalDate.now(this.clock), DecisionAccess.actor());
	}

	long proposeAs(DecisionItem item, AdjustmentInput input, LocalDate on, String actor) {
		if (item.status() != ReviewState.PUBLISHED || catalogue(item.catalogueId()).status() != ReviewState.PUBLISHED) {
			throw new RuleViolationException("decisions.adjustment.not-published", "Item not published");
		}
		if (item.removed()) {
			throw new RuleViolationException("decisions.adjustment.removed", "Item removed");
		}
		boolean pending = this.adjustments.findByItemIdInOrderByIdAsc(List.of(item.id()))
			.stream()
			.anyMatch((a) -> a.status() == ReviewState.IN_REVIEW);
		if (pending) {
			throw new RuleViolationException("decisions.adjustment.pending", "Adjustment pending");
		}
		valid(problems(input));
		AdjustmentKind kind = AdjustmentKind.valueOf(Text.clean(input.kind()));
		String time = Text.clean(input.plannedTime());
		String unit = Text.clean(input.unit());
		CatalogueAdjustment adjustment = this.adjustments.save(new CatalogueAdjustment(item.id(), item.agencyId(), kind,
				Text.clean(input.reason()), (kind == AdjustmentKind.CHANGED && !time.isEmpty()) ? time : null,
				(kind == AdjustmentKind.CHANGED && !unit.isEmpty()) ? unit : null, on, this.clock.instant()));
		record("decisions.adjustment.proposed", "CatalogueAdjustment", adjustment.id(), item.agencyId(), null,
				"item " + item.id() + " " + adjustment.summary(), actor);
		return adjustment.id();
	}

	/** The reviewer publishes a proposed adjustment, which changes the item today. */
	@Transactional
	public void publishAdjustment(long id) {
		CatalogueAdjustment adjustment = adjustment(id);
		this.access.requireReviewer(adjustment.agencyId());
		publishAdjustmentAs(adjustment, LocalDate.now(this.clock), DecisionAccess.actor());
	}

	void publishAdjustmentAs(CatalogueAdjustment adjustment, LocalDate on, String actor) {
		requireState(adjustment.status(), ReviewState.IN_REVIEW);
		DecisionItem item = item(adjustment.itemId());
		String before = item.summary();
		item.adjust(adjustment.plannedTime(), adjustment.unit(), adjustment.kind() == AdjustmentKind.REMOVED);
		adjustment.moveTo(ReviewState.PUBLISHED, null, on);
		record("decisions.adjustment.published", "CatalogueAdjustment", adjustment.id(), adjustment.agencyId(), before,
				item.summary(), actor);
	}

	/**
	 * The reviewer returns a proposed adjustment with a note; the item stays as it was.
	 */
	@Transactional
	public void returnAdjustment(long id, String note) {
		CatalogueAdjustment adjustment = adjustment(id);
		this.access.requireReviewer(adjustment.agencyId());
		requireState(adjustment.status(), ReviewState.IN_REVIEW);
		String text = note(note);
		adjustment.moveTo(ReviewState.DRAFT, text, null);
		record("decisions.adjustment.returned", "CatalogueAdjustment", adjustment.id(), adjustment.agencyId(),
				ReviewState.IN_REVIEW.name(), text, DecisionAccess.actor());
	}

	// Helpers

	DecisionCatalogue catalogue(long id) {
		return this.catalogues.findById(id).orElseThrow(() -> new NotFoundException("Catalogue " + id));
	}

	DecisionItem item(long id) {
		return this.items.findById(id).orElseThrow(() -> new NotFoundException("Item " + id));
	}

	private DecisionItem laterItem(long id) {
		DecisionItem item = item(id);
		if (!item.addedLater()) {
			throw new RuleViolationException("decisions.item.with-catalogue", "Item reviewed with its catalogue");
		}
		return item;
	}

	CatalogueAdjustment adjustment(long id) {
		return this.adjustments.findById(id).orElseThrow(() -> new NotFoundException("Adjustment " + id));
	}

	private AgencyLevel level(long agencyId) {
		return this.access.agency(agencyId).summary().level();
	}

	static void requireState(ReviewState actual, ReviewState wanted) {
		if (actual != wanted) {
			throw new RuleViolationException("decisions.state.wrong", "State " + actual + " is not " + wanted);
		}
	}

	static String note(String note) {
		String text = Text.clean(note);
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new RuleViolationException("decisions.note.invalid", "Return note missing or too long", MAX_REASON);
		}
		return text;
	}

	static Integer year(String text) {
		String plain = Text.clean(text);
		if (plain.matches("[0-9]{4}")) {
			int year = Integer.parseInt(plain);
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		return null;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text) {
		String plain = Text.clean(text);
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(plain)) {
				return value;
			}
		}
		return null;
	}

	static void required(String value, String field, int max, List<RuleViolationException> problems) {
		String text = Text.clean(value);
		if (text.isEmpty()) {
			problems.add(new RuleViolationException("decisions." + field + ".missing", field + " missing"));
		}
		else if (text.length() > max) {
			problems.add(new RuleViolationException("decisions." + field + ".too-long", field + " too long", max));
		}
	}

	static void valid(List<RuleViolationException> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private static void fill(DecisionItem item, ItemInput input) {
		item.fill(Text.clean(input.title()), DecisionKind.valueOf(Text.clean(input.kind())),
				parse(CollectiveKind.class, input.subKind()), Text.clean(input.unit()), Text.clean(input.plannedTime()),
				Text.clean(input.legalBasis()));
	}

	private void record(String action, String type, long id, long agencyId, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, type, id)
			.withAgency(agencyId)
			.withBefore(before)
			.withAfter(after)
			.withActor(actor));
	}

}
