package org.gongkai.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.account.Role;
import org.gongkai.decisions.rules.CommentPeriod;
import org.gongkai.decisions.rules.ItemProgress;
import org.gongkai.decisions.rules.StageFact;
import org.gongkai.mailbox.ConsultationSummary;
import org.gongkai.mailbox.Consultations;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the catalogues of major decisions: for staff everything of the agencies they
 * may see, for the public only the published catalogues, the items published in them and
 * their published stages, a stage not to be disclosed showing only its date.
 */
@Service
public class DecisionReading {

	private final DecisionCatalogues catalogues;

	private final DecisionItems items;

	private final StageRecords stages;

	private final CatalogueAdjustments adjustments;

	private final DecisionAccess access;

	private final Consultations consultations;

	private final Clock clock;

	DecisionReading(DecisionCatalogues catalogues, DecisionItems items, StageRecords stages,
			CatalogueAdjustments adjustments, DecisionAccess access, Consultations consultations, Clock clock) {
		this.catalogues = catalogues;
		this.items = items;
		this.stages = stages;
		this.adjustments = adjustments;
		this.access = access;
		this.consultations = consultations;
		this.clock = clock;
	}

	// Staff

	/** The years the agency has a catalogue for, newest first, for its staff. */
	@Transactional(readOnly = true)
	public List<Integer> years(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.catalogues.findByAgencyIdOrderByYearDesc(agencyId).stream().map(DecisionCatalogue::year).toList();
	}

	/** The agency's catalogue of the year with everything in it, for its staff. */
	@Transactional(readOnly = true)
	public Optional<CatalogueView> catalogue(long agencyId, int year) {
		this.access.requireVisible(agencyId);
		return this.catalogues.findByAgencyIdAndYear(agencyId, year).map((c) -> view(c, false));
	}

	/** A catalogue by id, for the staff of its agency. */
	@Transactional(readOnly = true)
	public CatalogueView catalogue(long id) {
		DecisionCatalogue catalogue = this.catalogues.findById(id)
			.orElseThrow(() -> new NotFoundException("Catalogue " + id));
		this.access.requireVisible(catalogue.agencyId());
		return view(catalogue, false);
	}

	/** An item with all its stages, for the staff of its agency. */
	@Transactional(readOnly = true)
	public ItemView item(long id) {
		DecisionItem item = this.items.findById(id).orElseThrow(() -> new NotFoundException("Item " + id));
		this.access.requireVisible(item.agencyId());
		return itemViews(List.of(item), catalogueOf(item).year(), false, List.of()).get(0);
	}

	/** A stage, for the staff of its agency. */
	@Transactional(readOnly = true)
	public StageView stage(long id) {
		StageRecord stage = this.stages.findById(id).orElseThrow(() -> new NotFoundException("Stage " + id));
		this.access.requireVisible(stage.agencyId());
		return stageView(stage, false);
	}

	/**
	 * A stage's attachment, for the staff of its agency. @throws NotFoundException if
	 * none
	 */
	@Transactional(readOnly = true)
	public StageFile file(long stageId) {
		StageRecord stage = this.stages.findById(stageId).orElseThrow(() -> new NotFoundException("Stage " + stageId));
		this.access.requireVisible(stage.agencyId());
		return file(stage);
	}

	/** The draft consultations of the agency that public participation may link to. */
	@Transactional(readOnly = true)
	public List<ConsultationSummary> consultations(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.consultations.ofAgency(agencyId);
	}

	/** Whether the signed-in user records the agency's decisions. */
	public boolean mayDraft(long agencyId) {
		return this.access.has(Role.CLERK, agencyId);
	}

	/** Whether the signed-in user reviews the agency's decisions. */
	public boolean mayReview(long agencyId) {
		return this.access.has(Role.REVIEWER, agencyId);
	}

	/**
	 * What waits for a reviewer of these agencies: catalogues, items added later, stages
	 * and adjustments submitted for review.
	 */
	@Transactional(readOnly = true)
	public long awaitingReview(Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return 0;
		}
		String review = ReviewState.IN_REVIEW.name();
		return this.catalogues.countByAgencyIdInAndStatus(agencyIds, review)
				+ this.items.countByAgencyIdInAndStatus(agencyIds, review)
				+ this.stages.countByAgencyIdInAndStatus(agencyIds, review)
				+ this.adjustments.countByAgencyIdInAndStatus(agencyIds, review);
	}

	// Public

	/** The years of the agency's published catalogues, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> publishedYears(long agencyId) {
		return this.catalogues.findByAgencyIdOrderByYearDesc(agencyId)
			.stream()
			.filter((c) -> c.status() == ReviewState.PUBLISHED)
			.map(DecisionCatalogue::year)
			.toList();
	}

	/** The agency's published catalogue of the year, as the public sees it. */
	@Transactional(readOnly = true)
	public Optional<CatalogueView> publicCatalogue(long agencyId, int year) {
		return this.catalogues.findByAgencyIdAndYear(agencyId, year)
			.filter((c) -> c.status() == ReviewState.PUBLISHED)
			.map((c) -> view(c, true));
	}

	/**
	 * A published item of the agency, as the public sees it.
	 * @throws NotFoundException unless the item and its catalogue are published
	 */
	@Transactional(readOnly = true)
	public ItemView publicItem(long agencyId, long id) {
		DecisionItem item = publicOne(agencyId, id);
		return itemViews(List.of(item), catalogueOf(item).year(), true, publishedAdjustments(List.of(item))).get(0);
	}

	/**
	 * The attachment of a published, disclosed stage of a published item.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public StageFile publicFile(long agencyId, long stageId) {
		StageRecord stage = this.stages.findById(stageId)
			.filter((s) -> s.agencyId() == agencyId && s.status() == ReviewState.PUBLISHED && s.disclose())
			.orElseThrow(() -> new NotFoundException("Stage " + stageId));
		publicOne(agencyId, stage.itemId());
		return file(stage);
	}

	private DecisionItem publicOne(long agencyId, long id) {
		DecisionItem item = this.items.findById(id)
			.filter((i) -> i.agencyId() == agencyId && i.status() == ReviewState.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Item " + id));
		if (catalogueOf(item).status() != ReviewState.PUBLISHED) {
			throw new NotFoundException("Item " + id + " in an unpublished catalogue");
		}
		return item;
	}

	// Views

	CatalogueView view(DecisionCatalogue catalogue, boolean forPublic) {
		List<DecisionItem> list = this.items.findByCatalogueIdOrderByIdAsc(catalogue.id())
			.stream()
			.filter((i) -> !forPublic || i.status() == ReviewState.PUBLISHED)
			.toList();
		List<CatalogueAdjustment> adjusted = this.adjustments
			.findByItemIdInOrderByIdAsc(list.stream().map(DecisionItem::id).toList())
			.stream()
			.filter((a) -> !forPublic || a.status() == ReviewState.PUBLISHED)
			.toList();
		Map<Long, String> titles = list.stream().collect(Collectors.toMap(DecisionItem::id, DecisionItem::title));
		List<AdjustmentView> adjustmentViews = adjusted.stream()
			.map((a) -> new AdjustmentView(a.id(), a.itemId(), titles.get(a.itemId()), a.kind(), a.reason(),
					a.plannedTime(), a.unit(), a.status(), a.proposedOn(), a.publishedOn(), a.reviewNote()))
			.toList();
		return new CatalogueView(catalogue.id(), catalogue.agencyId(), catalogue.year(), catalogue.status(),
				catalogue.publishedOn(), forPublic ? null : catalogue.reviewNote(),
				itemViews(list, catalogue.year(), forPublic,
						adjusted.stream().filter((a) -> a.status() == ReviewState.PUBLISHED).toList()),
				adjustmentViews);
	}

	private List<CatalogueAdjustment> publishedAdjustments(List<DecisionItem> list) {
		return this.adjustments.findByItemIdInOrderByIdAsc(list.stream().map(DecisionItem::id).toList())
			.stream()
			.filter((a) -> a.status() == ReviewState.PUBLISHED)
			.toList();
	}

	private List<ItemView> itemViews(List<DecisionItem> list, int year, boolean forPublic,
			List<CatalogueAdjustment> published) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<StageRecord>> byItem = this.stages
			.findByItemIdInOrderByIdAsc(list.stream().map(DecisionItem::id).toList())
			.stream()
			.collect(Collectors.groupingBy(StageRecord::itemId));
		Set<Long> adjusted = published.stream().map(CatalogueAdjustment::itemId).collect(Collectors.toSet());
		return list.stream().map((item) -> {
			List<StageRecord> recorded = byItem.getOrDefault(item.id(), List.of());
			List<StageView> shown = recorded.stream()
				.filter((s) -> !forPublic || s.status() == ReviewState.PUBLISHED)
				.sorted(Comparator.comparing(StageRecord::stage)
					.thenComparing((s) -> (s.heldOn() != null) ? s.heldOn() : LocalDate.MIN)
					.thenComparing(StageRecord::id))
				.map((s) -> stageView(s, forPublic))
				.toList();
			List<StageFact> facts = recorded.stream()
				.filter((s) -> !forPublic || s.status() == ReviewState.PUBLISHED)
				.map(StageRecord::fact)
				.toList();
			return new ItemView(item.id(), item.catalogueId(), item.agencyId(), year, item.title(), item.kind(),
					item.subKind(), item.unit(), item.plannedTime(), item.legalBasis(), item.status(),
					ItemProgress.of(item.removed(), facts), item.addedLater(), item.additionReason(), item.removed(),
					adjusted.contains(item.id()), forPublic ? null : item.reviewNote(), shown);
		}).toList();
	}

	StageView stageView(StageRecord s, boolean forPublic) {
		boolean hide = forPublic && !s.disclose();
		ConsultationSummary consultation = (s.consultationId() != null)
				? this.consultations.find(s.consultationId()).orElse(null) : null;
		LocalDate today = LocalDate.now(this.clock);
		Long days = (s.heldOn() != null && s.endsOn() != null) ? CommentPeriod.days(s.heldOn(), s.endsOn()) : null;
		return new StageView(s.id(), s.itemId(), s.stage(), s.heldOn(), s.endsOn(), days, s.skipped(), s.skipReason(),
				hide ? null : s.summary(), hide ? null : s.shortReason(), consultation,
				consultation != null && !consultation.opensOn().isAfter(today), hide ? null : s.attachmentName(),
				hide ? null : s.attachmentType(), hide ? null : s.attachmentSize(), s.disclose(), s.status(),
				forPublic ? null : s.reviewNote());
	}

	private static StageFile file(StageRecord stage) {
		if (stage.attachmentSha256() == null) {
			throw new NotFoundException("Stage " + stage.id() + " has no attachment");
		}
		return new StageFile(stage.attachmentSha256(), stage.attachmentName(), stage.attachmentType(),
				stage.attachmentSize());
	}

	private DecisionCatalogue catalogueOf(DecisionItem item) {
		return this.catalogues.findById(item.catalogueId()).orElseThrow();
	}

}
