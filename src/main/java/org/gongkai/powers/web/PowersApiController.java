package org.gongkai.powers.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.NotFoundException;
import org.gongkai.powers.ChangeNote;
import org.gongkai.powers.PowerLists;
import org.gongkai.powers.VersionView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current version of an agency's power list as JSON, for county platforms and other
 * tools (public, like the page): 404 when the agency is unknown or has published none.
 */
@RestController
class PowersApiController {

	private final PowerLists lists;

	private final AgencyManagement agencies;

	PowersApiController(PowerLists lists, AgencyManagement agencies) {
		this.lists = lists;
		this.agencies = agencies;
	}

	/**
	 * {@code {"creditCode","agency","version","publishedOn","changes":{"added","changed","removed"},"powers":[{"type","code","name","legalBasis","responsibleUnit","process","duties","accountability","supervision","phone"}]}}.
	 */
	@GetMapping("/api/v1/agencies/{creditCode}/powers")
	PowerListJson current(@PathVariable String creditCode) {
		AgencySummary agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode))
			.summary();
		VersionView version = this.lists.currentVersion(agency.id())
			.orElseThrow(() -> new NotFoundException("No power list of " + creditCode));
		ChangeNote note = version.changes();
		return new PowerListJson(agency.creditCode(), agency.name(), version.number(), version.publishedOn(),
				new ChangesJson(note.added(), note.changed().stream().map(ChangeNote.ChangedPower::name).toList(),
						note.removed()),
				version.powers()
					.stream()
					.map((p) -> new PowerJson(p.type().name(), p.type().label(), p.code(), p.name(), p.legalBasis(),
							p.unit(), p.process(), p.duties(), p.accountability(), p.supervision(), p.phone()))
					.toList());
	}

	record PowerListJson(String creditCode, String agency, int version, LocalDate publishedOn, ChangesJson changes,
			List<PowerJson> powers) {

	}

	record ChangesJson(List<String> added, List<String> changed, List<String> removed) {

	}

	record PowerJson(String type, String typeLabel, String code, String name, String legalBasis, String responsibleUnit,
			String process, String duties, String accountability, String supervision, String phone) {

	}

}
