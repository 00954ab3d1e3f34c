package org.gongkai.services.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.services.ServiceGuides;
import org.gongkai.services.ServicePointView;
import org.gongkai.services.ServicePoints;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public service pages (办事服务), linked from the agency's 办事服务 column: an agency's
 * service points (为民服务中心, 便民服务站) with the published items handled there and its published
 * items; a village's page lists what its 便民服务站 handles; an item's page shows the ten
 * elements of its guide and its forms to download. Rendered per request (not kept by the
 * page cache).
 */
@Controller
class ServicesController {

	private final ServiceGuides guides;

	private final ServicePoints points;

	private final AgencyManagement agencies;

	ServicesController(ServiceGuides guides, ServicePoints points, AgencyManagement agencies) {
		this.guides = guides;
		this.points = points;
		this.agencies = agencies;
	}

	@GetMapping("/agencies/{creditCode}/services")
	String index(@PathVariable String creditCode, Model model) {
		AgencySummary agency = agency(creditCode);
		List<ServicePointView> found = this.points.publicPointsOf(agency.id());
		Map<Long, String> owners = new HashMap<>();
		owners.put(agency.id(), agency.creditCode());
		found.forEach(
				(p) -> owners.computeIfAbsent(p.agencyId(), (id) -> this.agencies.details(id).summary().creditCode()));
		model.addAttribute("agency", agency);
		model.addAttribute("points", found);
		model.addAttribute("owners", owners);
		model.addAttribute("items", this.guides.published(agency.id()));
		return "services/agency";
	}

	@GetMapping("/agencies/{creditCode}/services/{id:\\d{1,18}}")
	String item(@PathVariable String creditCode, @PathVariable long id, Model model) {
		AgencySummary agency = agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("item", this.guides.publicItem(agency.id(), id));
		return "services/item";
	}

	@GetMapping("/agencies/{creditCode}/services/{id:\\d{1,18}}/forms/{position:\\d{1,3}}")
	void form(@PathVariable String creditCode, @PathVariable long id, @PathVariable int position,
			HttpServletResponse response) throws IOException {
		AgencySummary agency = agency(creditCode);
		ServiceGuides.OpenForm form = this.guides.openPublicForm(agency.id(), id, position);
		try (InputStream in = form.content()) {
			response.setContentType(form.mediaType());
			response.setHeader("Content-Disposition",
					Downloads.attachment(form.fileName(), "form-" + id + "-" + position + extension(form.mediaType())));
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setContentLengthLong(form.size());
			in.transferTo(response.getOutputStream());
		}
	}

	private static String extension(String mediaType) {
		if (mediaType.endsWith("pdf")) {
			return ".pdf";
		}
		return mediaType.endsWith("sheet") ? ".xlsx" : ".docx";
	}

	private AgencySummary agency(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode))
			.summary();
	}

}
