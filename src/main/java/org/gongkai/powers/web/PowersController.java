package org.gongkai.powers.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.powers.PowerLists;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.PowerView;
import org.gongkai.powers.VersionSummary;
import org.gongkai.powers.VersionView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public power list of an agency, linked from its 权力清单和责任清单 column: the current
 * version (or an earlier one) grouped by type, filtered by type and by words on the
 * server (so it works without JavaScript), with its change note and the list of versions;
 * each version as XLSX. Rendered per request (not kept by the page cache).
 */
@Controller
class PowersController {

	private final PowerLists lists;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	PowersController(PowerLists lists, AgencyManagement agencies, MessageSource messages) {
		this.lists = lists;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/agencies/{creditCode}/powers")
	String current(@PathVariable String creditCode, @RequestParam(required = false) String type,
			@RequestParam(required = false) String q, Model model) {
		AgencySummary agency = agency(creditCode);
		return page(agency, this.lists.currentVersion(agency.id()).orElse(null), type, q, model);
	}

	@GetMapping("/agencies/{creditCode}/powers/versions/{number}")
	String version(@PathVariable String creditCode, @PathVariable String number,
			@RequestParam(required = false) String type, @RequestParam(required = false) String q, Model model) {
		AgencySummary agency = agency(creditCode);
		return page(agency, this.lists.version(agency.id(), number(number)), type, q, model);
	}

	@GetMapping("/agencies/{creditCode}/powers.xlsx")
	void currentWorkbook(@PathVariable String creditCode, HttpServletResponse response) throws IOException {
		AgencySummary agency = agency(creditCode);
		VersionView version = this.lists.currentVersion(agency.id())
			.orElseThrow(() -> new NotFoundException("No power list of " + creditCode));
		workbook(agency, version, response);
	}

	@GetMapping("/agencies/{creditCode}/powers/versions/{number}/powers.xlsx")
	void versionWorkbook(@PathVariable String creditCode, @PathVariable String number, HttpServletResponse response)
			throws IOException {
		AgencySummary agency = agency(creditCode);
		workbook(agency, this.lists.version(agency.id(), number(number)), response);
	}

	private void workbook(AgencySummary agency, VersionView version, HttpServletResponse response) throws IOException {
		byte[] bytes = PowersWorkbook.list(version, agency.name(), this.messages);
		String name = this.messages.getMessage("powers.xlsx.file-name",
				new Object[] { agency.name(), version.number() }, Locale.SIMPLIFIED_CHINESE);
		response.setContentType(PowersWorkbook.TYPE);
		response.setHeader("Content-Disposition",
				Downloads.attachment(name, "powers-" + agency.creditCode() + "-v" + version.number() + ".xlsx"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private String page(AgencySummary agency, VersionView version, String typeText, String q, Model model) {
		PowerType type = ListParameters.choice(typeText, PowerType.class);
		String words = ListParameters.text(q);
		model.addAttribute("agency", agency);
		model.addAttribute("version", version);
		List<VersionSummary> versions = this.lists.versions(agency.id());
		boolean earlier = version != null && versions.get(0).number() != version.number();
		model.addAttribute("base",
				"/agencies/" + agency.creditCode() + "/powers" + (earlier ? "/versions/" + version.number() : ""));
		model.addAttribute("types", PowerType.values());
		model.addAttribute("type", type);
		model.addAttribute("q", words);
		model.addAttribute("versions", versions);
		if (version != null) {
			List<PowerView> shown = version.powers()
				.stream()
				.filter((p) -> type == null || p.type() == type)
				.filter((p) -> words.isEmpty() || matches(p, words))
				.toList();
			Map<PowerType, List<PowerView>> groups = new java.util.LinkedHashMap<>();
			for (PowerType t : PowerType.values()) {
				List<PowerView> of = shown.stream().filter((p) -> p.type() == t).toList();
				if (!of.isEmpty()) {
					groups.put(t, of);
				}
			}
			model.addAttribute("groups", groups);
			model.addAttribute("shown", shown.size());
			model.addAttribute("counts",
					version.powers()
						.stream()
						.collect(Collectors.groupingBy(PowerView::type, () -> new java.util.EnumMap<>(PowerType.class),
								Collectors.counting())));
		}
		return "powers/list";
	}

	private static boolean matches(PowerView p, String words) {
		String lower = words.toLowerCase(Locale.ROOT);
		return (p.name() + " " + p.code() + " " + p.unit() + " " + p.legalBasis()).toLowerCase(Locale.ROOT)
			.contains(lower);
	}

	private static int number(String text) {
		if (text == null || !text.matches("[0-9]{1,6}")) {
			throw new NotFoundException("Version " + text);
		}
		return Integer.parseInt(text);
	}

	private AgencySummary agency(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode))
			.summary();
	}

}
