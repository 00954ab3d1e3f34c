package org.gongkai.decisions.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.decisions.AdjustmentKind;
import org.gongkai.decisions.CatalogueView;
import org.gongkai.decisions.CollectiveKind;
import org.gongkai.decisions.DecisionKind;
import org.gongkai.decisions.DecisionReading;
import org.gongkai.decisions.DecisionStage;
import org.gongkai.decisions.Progress;
import org.gongkai.decisions.StageView;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/agencies/{creditCode}/decisions?year=}: the agency's published
 * catalogue of major decisions of the year (this year's by default), as the public page
 * shows it: each item with its published stages, a stage not to be disclosed only with
 * its date, and the catalogue's adjustments. 404 for no such agency or catalogue, 400 for
 * a year that is not one.
 */
@RestController
class DecisionApiController {

	private final DecisionReading reading;

	private final AgencyManagement agencies;

	private final java.time.Clock clock;

	DecisionApiController(DecisionReading reading, AgencyManagement agencies, java.time.Clock clock) {
		this.reading = reading;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/api/v1/agencies/{creditCode}/decisions")
	Catalogue catalogue(@PathVariable String creditCode, @RequestParam(required = false) String year) {
		AgencySummary agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode))
			.summary();
		if (agency.level() == AgencyLevel.VILLAGE) {
			throw new NotFoundException("Village " + creditCode);
		}
		int wanted = LocalDate.now(this.clock).getYear();
		if (year != null && !year.isEmpty()) {
			wanted = DecisionAdminController.parseYear(year, -1);
			if (wanted < 0) {
				throw new RuleViolationException("decisions.year.invalid", "Year invalid");
			}
		}
		CatalogueView view = this.reading.publicCatalogue(agency.id(), wanted)
			.orElseThrow(() -> new NotFoundException("No catalogue of " + creditCode));
		String base = "/agencies/" + creditCode + "/decisions/";
		return new Catalogue(creditCode, agency.name(), view.year(), view.publishedOn(),
				this.reading.publishedYears(agency.id()),
				view.items()
					.stream()
					.map((i) -> new Item(i.id(), base + i.id(), i.title(), i.kind(), i.subKind(), i.unit(),
							i.plannedTime(), i.legalBasis(), i.progress(), i.addedLater(), i.removed(),
							i.stages().stream().map((s) -> stage(creditCode, s)).toList()))
					.toList(),
				view.adjustments()
					.stream()
					.map((a) -> new Adjustment(a.itemId(), a.itemTitle(), a.kind(), a.reason(), a.plannedTime(),
							a.unit(), a.publishedOn()))
					.toList());
	}

	private static Stage stage(String creditCode, StageView s) {
		Consultation consultation = (s.consultation() != null && s.consultationOpened())
				? new Consultation("/agencies/" + creditCode + "/consultations/" + s.consultation().id(),
						s.consultation().title(), s.consultation().opensOn(), s.consultation().closesOn(),
						s.consultation().summary(), s.consultation().summaryPublishedOn())
				: null;
		return new Stage(s.stage(), s.heldOn(), s.endsOn(), s.commentDays(), s.skipped(), s.skipReason(), s.summary(),
				s.shortReason(), consultation,
				s.hasAttachment() ? "/agencies/" + creditCode + "/decisions/stages/" + s.id() + "/attachment" : null,
				s.disclose());
	}

	/** The catalogue as the API answers it. */
	record Catalogue(String creditCode, String agency, int year, LocalDate publishedOn, List<Integer> years,
			List<Item> items, List<Adjustment> adjustments) {

	}

	record Item(long id, String url, String title, DecisionKind kind, CollectiveKind collectiveKind, String unit,
			String plannedTime, String legalBasis, Progress progress, boolean addedLater, boolean removed,
			List<Stage> stages) {

	}

	record Stage(DecisionStage stage, LocalDate heldOn, LocalDate endsOn, Long commentDays, boolean skipped,
			String skipReason, String summary, String shortPeriodReason, Consultation consultation, String attachment,
			boolean disclosed) {

	}

	record Consultation(String url, String title, LocalDate opensOn, LocalDate closesOn, String adoption,
			LocalDate adoptionPublishedOn) {

	}

	record Adjustment(long itemId, String itemTitle, AdjustmentKind kind, String reason, String plannedTime,
			String unit, LocalDate publishedOn) {

	}

}
