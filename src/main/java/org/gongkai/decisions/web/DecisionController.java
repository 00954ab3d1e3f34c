package org.gongkai.decisions.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.decisions.CatalogueView;
import org.gongkai.decisions.DecisionReading;
import org.gongkai.decisions.DecisionStage;
import org.gongkai.decisions.ItemView;
import org.gongkai.decisions.StageFile;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.Uploads;
import org.gongkai.platform.web.Downloads;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of an agency's major decisions, linked from its 重大行政决策 column: the
 * year's published catalogue, each item with its stages as a timeline, the adjustments of
 * the catalogue, an item's page and a disclosed stage's attachment. Rendered per request
 * (not kept by the page cache).
 */
@Controller
class DecisionController {

	private final DecisionReading reading;

	private final AgencyManagement agencies;

	private final Uploads uploads;

	private final Clock clock;

	DecisionController(DecisionReading reading, AgencyManagement agencies, Uploads uploads, Clock clock) {
		this.reading = reading;
		this.agencies = agencies;
		this.uploads = uploads;
		this.clock = clock;
	}

	@GetMapping("/agencies/{creditCode}/decisions")
	String catalogue(@PathVariable String creditCode, @RequestParam(required = false) String year, Model model) {
		AgencySummary agency = agency(creditCode);
		List<Integer> years = this.reading.publishedYears(agency.id());
		int thisYear = LocalDate.now(this.clock).getYear();
		int fallback = years.contains(thisYear) || years.isEmpty() ? thisYear : years.get(0);
		int shown = DecisionAdminController.parseYear(year, fallback);
		CatalogueView catalogue = this.reading.publicCatalogue(agency.id(), shown).orElse(null);
		if (catalogue == null && year != null && !year.isEmpty()) {
			throw new NotFoundException("No catalogue " + shown + " of " + creditCode);
		}
		model.addAttribute("agency", agency);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("stageKinds", List.of(DecisionStage.values()));
		return "decisions/catalogue";
	}

	@GetMapping("/agencies/{creditCode}/decisions/{id}")
	String item(@PathVariable String creditCode, @PathVariable long id, Model model) {
		AgencySummary agency = agency(creditCode);
		ItemView item = this.reading.publicItem(agency.id(), id);
		model.addAttribute("agency", agency);
		model.addAttribute("item", item);
		model.addAttribute("stageKinds", List.of(DecisionStage.values()));
		return "decisions/item";
	}

	@GetMapping("/agencies/{creditCode}/decisions/stages/{id}/attachment")
	void attachment(@PathVariable String creditCode, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		AgencySummary agency = agency(creditCode);
		send(this.reading.publicFile(agency.id(), id), this.uploads, response);
	}

	static void send(StageFile file, Uploads uploads, HttpServletResponse response) throws IOException {
		String ascii = "attachment" + extension(file.mediaType());
		response.setContentType(file.mediaType());
		response.setHeader("Content-Disposition", Downloads.attachment(file.fileName(), ascii));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLengthLong(file.size());
		try (InputStream in = uploads.open(file.sha256())) {
			in.transferTo(response.getOutputStream());
		}
	}

	private static String extension(String mediaType) {
		return switch (mediaType) {
			case Uploads.PDF -> ".pdf";
			case Uploads.DOCX -> ".docx";
			case Uploads.XLSX -> ".xlsx";
			case Uploads.PNG -> ".png";
			case Uploads.JPEG -> ".jpg";
			default -> "";
		};
	}

	/** The agency; a village keeps no catalogue. @throws NotFoundException otherwise */
	private AgencySummary agency(String creditCode) {
		AgencySummary agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode))
			.summary();
		if (agency.level() == AgencyLevel.VILLAGE) {
			throw new NotFoundException("Village " + creditCode + " keeps no catalogue of decisions");
		}
		return agency;
	}

}
