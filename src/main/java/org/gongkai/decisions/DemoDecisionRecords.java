package org.gongkai.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county's catalogues of major decisions in demo mode only, with the dates
 * they would have had, through the same checks and audit entries as the forms (by
 * {@code system}); outside demo mode every command is refused.
 */
@Service
public class DemoDecisionRecords {

	private final GongkaiProperties properties;

	private final DecisionPlanning planning;

	private final DecisionStages stages;

	private final DecisionCatalogues catalogues;

	DemoDecisionRecords(GongkaiProperties properties, DecisionPlanning planning, DecisionStages stages,
			DecisionCatalogues catalogues) {
		this.properties = properties;
		this.planning = planning;
		this.stages = stages;
		this.catalogues = catalogues;
	}

	/** Whether the agency has any catalogue yet. */
	@Transactional(readOnly = true)
	public boolean hasAny(long agencyId) {
		return !this.catalogues.findByAgencyIdOrderByYearDesc(agencyId).isEmpty();
	}

	/**
	 * The year's catalogue with these items, submitted and published on
	 * {@code publishedOn}. @return the items' ids, in order
	 */
	@Transactional
	public List<Long> publishCatalogue(long agencyId, int year, List<ItemInput> items, LocalDate publishedOn) {
		requireDemo();
		long id = this.planning.createCatalogueAs(agencyId, String.valueOf(year), "system");
		DecisionCatalogue catalogue = this.planning.catalogue(id);
		List<Long> ids = new ArrayList<>();
		for (ItemInput item : items) {
			ids.add(this.planning.addItemAs(catalogue, item, "system"));
		}
		this.planning.submitCatalogueAs(catalogue, "system");
		this.planning.publishCatalogueAs(catalogue, publishedOn, "system");
		return ids;
	}

	/** A stage of the item, submitted and published (its dates are the input's). */
	@Transactional
	public long publishStage(long itemId, StageInput input) {
		requireDemo();
		long id = this.stages.recordAs(this.planning.item(itemId), input, null, null, "system");
		StageRecord stage = this.stages.stage(id);
		this.stages.submitAs(stage, "system");
		this.stages.publishAs(stage, "system");
		return id;
	}

	/** An adjustment of a published item, proposed and published on {@code on}. */
	@Transactional
	public long publishAdjustment(long itemId, AdjustmentInput input, LocalDate on) {
		requireDemo();
		long id = this.planning.proposeAs(this.planning.item(itemId), input, on, "system");
		this.planning.publishAdjustmentAs(this.planning.adjustment(id), on, "system");
		return id;
	}

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo decisions outside demo mode");
		}
	}

}
