package org.gongkai.request.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Delivery;
import org.gongkai.request.InformationFormat;
import org.gongkai.request.Receipt;
import org.gongkai.request.ReplyLetters;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.RequestProperties;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public pages: apply to an agency for information, get the tracking number and query
 * code, and track the application with them. Both forms are rate-limited per client
 * address.
 */
@Controller
class RequestController {

	/** Violations whose key segment is not a form field. */
	private static final Map<String, String> FIELDS = Map.of("contact", "phone");

	private final RequestManagement requests;

	private final AgencyManagement agencies;

	private final RateLimits limits;

	private final RequestProperties properties;

	private final ReplyLetters letters;

	RequestController(RequestManagement requests, AgencyManagement agencies, RateLimits limits,
			RequestProperties properties, ReplyLetters letters) {
		this.requests = requests;
		this.agencies = agencies;
		this.limits = limits;
		this.properties = properties;
		this.letters = letters;
	}

	@GetMapping("/agencies/{creditCode}/requests/new")
	String form(@PathVariable String creditCode, Model model) {
		return form(model, agency(creditCode), RequestForm.empty());
	}

	@PostMapping("/agencies/{creditCode}/requests/new")
	String apply(@PathVariable String creditCode, @ModelAttribute("form") RequestForm form, BindingResult result,
			@RequestParam(name = "idProof", required = false) MultipartFile idProof, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AgencyDetails agency = agency(creditCode);
		if (!this.limits.tryAcquire(ClientAddress.applications(request), this.properties.applicationsPerMinute())) {
			response.setStatus(429);
			result.reject("error.too-many");
			return form(model, agency, form);
		}
		if (result.hasErrors()) {
			response.setStatus(400);
			return form(model, agency, form);
		}
		try {
			// returns after the commit: the number shown is stored
			Receipt receipt;
			if (idProof == null || idProof.isEmpty()) {
				receipt = this.requests.apply(creditCode, form.application());
			}
			else {
				try (InputStream in = idProof.getInputStream()) {
					receipt = this.requests.apply(creditCode, form.application(), in, idProof.getOriginalFilename());
				}
				catch (IOException ex) {
					throw new RuleViolationException("upload.unreadable",
							"Identity proof unreadable: " + ex.getMessage());
				}
			}
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("agency", agency);
			model.addAttribute("receipt", receipt);
			return "request/receipt";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(400);
			return form(model, agency, form);
		}
	}

	@GetMapping("/requests/track")
	String trackForm() {
		return "request/track";
	}

	@PostMapping("/requests/track")
	String track(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("trackingNo", trackingNo);
		if (!this.limits.tryAcquire(ClientAddress.lookups(request), this.properties.lookupsPerMinute())) {
			response.setStatus(429);
			model.addAttribute("errorKey", "error.too-many");
			return "request/track";
		}
		return showTracking(trackingNo, code, model, response);
	}

	/**
	 * The corrected application, sent with the number and code from the tracking page
	 * (Regulations art. 30); same rate limit as a look-up.
	 */
	@PostMapping("/requests/track/correction")
	String correct(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String correction, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("trackingNo", trackingNo);
		if (!this.limits.tryAcquire(ClientAddress.lookups(request), this.properties.lookupsPerMinute())) {
			response.setStatus(429);
			model.addAttribute("errorKey", "error.too-many");
			return "request/track";
		}
		try {
			this.requests.correctOnline(trackingNo, code, correction);
			model.addAttribute("corrected", true);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("correction", correction);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("errorKey", "request.track.not-found");
			return "request/track";
		}
		return showTracking(trackingNo, code, model, response);
	}

	private String showTracking(String trackingNo, String code, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("tracking", this.requests.track(trackingNo, code));
			// the released letters, downloaded by posting the number and code again
			model.addAttribute("documents", this.letters.released(trackingNo, code));
			model.addAttribute("code", code);
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("errorKey", "request.track.not-found");
		}
		return "request/track";
	}

	private AgencyDetails agency(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	private String form(Model model, AgencyDetails agency, RequestForm form) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("formats", InformationFormat.values());
		model.addAttribute("deliveries", Delivery.values());
		return "request/new";
	}

}
