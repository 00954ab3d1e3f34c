package org.gongkai.request.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Delivery;
import org.gongkai.request.InformationFormat;
import org.gongkai.request.AnsweredRequests;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.delivery.DeliveredInformation;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.intake.RequestTracking;
import org.gongkai.request.intake.ValidApplication;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.submission.Filed;
import org.gongkai.submission.ReceiptRedirect;
import org.gongkai.submission.ReceiptView;
import org.gongkai.submission.SubmissionKey;
import org.gongkai.submission.Submissions;
import org.gongkai.submission.Submitted;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public pages: apply to an agency for information, get the tracking number and query
 * code, and track the application with them. Both forms are rate-limited per client
 * address. An application and an online correction are filed once per form instance (its
 * idempotency key; a reload, double click or retry answers with the first receipt) and
 * answered with a redirect to their receipt page (Post/Redirect/Get).
 */
@Controller
class RequestController {

	/** Violations whose key segment is not a form field. */
	private static final Map<String, String> FIELDS = Map.of("contact", "phone");

	/** The kinds of submission, each with its own keys. */
	static final String APPLICATION = "request.application";

	static final String CORRECTION = "request.correction";

	private final RequestIntake intake;

	private final RequestTracking tracking;

	private final AgencyManagement agencies;

	private final RateLimits limits;

	private final RequestProperties properties;

	private final ReplyLetters letters;

	private final Submissions submissions;

	private final AnsweredRequests answered;

	private final DeliveredInformation delivered;

	RequestController(RequestIntake intake, RequestTracking tracking, AgencyManagement agencies, RateLimits limits,
			RequestProperties properties, ReplyLetters letters, Submissions submissions, AnsweredRequests answered,
			DeliveredInformation delivered) {
		this.delivered = delivered;
		this.submissions = submissions;
		this.answered = answered;
		this.intake = intake;
		this.tracking = tracking;
		this.agencies = agencies;
		this.limits = limits;
		this.properties = properties;
		this.letters = letters;
	}

	@GetMapping("/agencies/{creditCode}/requests/new")
	String form(@PathVariable String creditCode, Model model, HttpServletResponse response) {
		AgencyDetails agency = agency(creditCode);
		String refused = refusedVillage(agency, model, response);
		if (refused != null) {
			return refused;
		}
		return form(model, agency, RequestForm.empty(), SubmissionKey.fresh());
	}

	/**
	 * The page that says a village takes no applications under the Regulations and where
	 * to ask instead (answered 404: there is no form), or {@code null} when it does.
	 */
	private String refusedVillage(AgencyDetails agency, Model model, HttpServletResponse response) {
		try {
			this.intake.refuseVillage(agency);
			return null;
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("agency", agency);
			model.addAttribute("refusal", ex);
			model.addAttribute("township", (agency.summary().parentCreditCode() != null)
					? this.agencies.findByCreditCode(agency.summary().parentCreditCode()).orElse(null) : null);
			return "request/village";
		}
	}

	@PostMapping("/agencies/{creditCode}/requests/new")
	String apply(@PathVariable String creditCode, @ModelAttribute("form") RequestForm form, BindingResult result,
			@RequestParam(name = "idProof", required = false) MultipartFile idProof,
			@RequestParam(name = SubmissionKey.FIELD, required = false) String rawKey,
			@RequestParam(name = "listPublicly", required = false) String listPublicly, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AgencyDetails agency = agency(creditCode);
		String refused = refusedVillage(agency, model, response);
		if (refused != null) {
			return refused;
		}
		boolean listed = "true".equals(listPublicly);
		SubmissionKey key;
		String payload;
		try {
			key = SubmissionKey.of(APPLICATION, rawKey);
			payload = creditCode + "\n" + form + "\n" + proofDigest(idProof) + "\nlisted=" + listed;
			Optional<Submitted> earlier = this.submissions.repeat(key, payload);
			if (earlier.isPresent()) {
				return toReceipt(earlier.get(), creditCode, request, response);
			}
		}
		catch (RuleViolationException ex) {
			// a bad or reused key: nothing was filed; this form instance gets a new key
			result.reject(ex.messageKey());
			response.setStatus(ex.status());
			return form(model, agency, form, SubmissionKey.fresh());
		}
		if (!this.limits.tryAcquire(ClientAddress.applications(request), this.properties.applicationsPerMinute())) {
			response.setStatus(429);
			result.reject("error.too-many");
			return form(model, agency, form, key.value());
		}
		if (result.hasErrors()) {
			response.setStatus(400);
			return form(model, agency, form, key.value());
		}
		try {
			// returns after the commit: the number shown is stored, with the key
			Submitted submitted = this.submissions.submit(key, payload, true, () -> {
				Receipt receipt = file(creditCode, form, idProof);
				if (listed) {
					this.answered.consentToListing(receipt.trackingNo());
				}
				return new Filed(receipt.trackingNo(), receipt.queryCode());
			});
			return toReceipt(submitted, creditCode, request, response);
		}
		catch (RuleViolationException ex) {
			// every problem at once, each beside its field and in the summary above the
			// form
			List<RuleViolationException> problems = ValidApplication.problems(form.application());
			for (RuleViolationException problem : problems) {
				FormErrors.reject(result, problem, FIELDS);
			}
			if (problems.stream().noneMatch((p) -> p.messageKey().equals(ex.messageKey()))) {
				FormErrors.reject(result, ex, FIELDS);
			}
			response.setStatus(400);
			return form(model, agency, form, key.value());
		}
	}

	private Receipt file(String creditCode, RequestForm form, MultipartFile idProof) {
		if (idProof == null || idProof.isEmpty()) {
			return this.intake.apply(creditCode, form.application());
		}
		try (InputStream in = idProof.getInputStream()) {
			return this.intake.apply(creditCode, form.application(), in, idProof.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new RuleViolationException("upload.unreadable", "Identity proof unreadable: " + ex.getMessage());
		}
	}

	/** The uploaded proof's SHA-256, so a repeat with another file is another content. */
	private static String proofDigest(MultipartFile idProof) {
		if (idProof == null || idProof.isEmpty()) {
			return "-";
		}
		try (InputStream in = idProof.getInputStream()) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[8192];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest()) + ":" + idProof.getOriginalFilename();
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new RuleViolationException("upload.unreadable", "Identity proof unreadable: " + ex.getMessage());
		}
	}

	private String toReceipt(Submitted submitted, String creditCode, HttpServletRequest request,
			HttpServletResponse response) {
		return ReceiptRedirect.to(submitted,
				"/agencies/" + creditCode + "/requests/receipt/" + submitted.receiptToken(),
				this.submissions.receiptLifetime(), request, response);
	}

	/**
	 * The receipt of an application: the tracking number, and the query code while the
	 * receipt is fresh and only in the browser that applied.
	 */
	@GetMapping("/agencies/{creditCode}/requests/receipt/{token}")
	String receipt(@PathVariable String creditCode, @PathVariable String token,
			@CookieValue(name = ReceiptRedirect.COOKIE, required = false) String cookie, Model model,
			HttpServletResponse response) {
		AgencyDetails agency = agency(creditCode);
		// the number names its agency (PREFIX-year-agency-serial): a receipt opens under
		// its own only
		String scope = "-" + agency.summary().id() + "-";
		ReceiptView view = this.submissions.receipt(APPLICATION, token, cookie)
			.filter((r) -> r.reference().startsWith(scope, r.reference().indexOf('-') + 5))
			.orElseThrow(() -> new NotFoundException("Receipt"));
		ReceiptRedirect.noStore(response);
		model.addAttribute("agency", agency);
		model.addAttribute("receipt", new Receipt(view.reference(), view.secret()));
		model.addAttribute("codeWithheld", view.secretWithheld());
		model.addAttribute("receiptToken", token);
		return "request/receipt";
	}

	@GetMapping("/requests/track")
	String trackForm() {
		return "request/track";
	}

	@PostMapping("/requests/track")
	String track(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("trackingNo", trackingNo);
		String refused = ClientAddress.refusedLookup(this.limits, this.properties, request, trackingNo);
		if (refused != null) {
			response.setStatus(429);
			model.addAttribute("errorKey", refused);
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
			@RequestParam(defaultValue = "") String correction,
			@RequestParam(name = SubmissionKey.FIELD, required = false) String rawKey, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("trackingNo", trackingNo);
		SubmissionKey key;
		String payload = trackingNo.strip().toUpperCase(Locale.ROOT) + "\n" + code.strip().toUpperCase(Locale.ROOT)
				+ "\n" + correction;
		try {
			key = SubmissionKey.of(CORRECTION, rawKey);
			Optional<Submitted> earlier = this.submissions.repeat(key, payload);
			if (earlier.isPresent()) {
				return toCorrectionReceipt(earlier.get(), request, response);
			}
		}
		catch (RuleViolationException ex) {
			response.setStatus(ex.status());
			model.addAttribute("correction", correction);
			model.addAttribute("errorKey", ex.messageKey());
			return showTracking(trackingNo, code, model, response);
		}
		String refused = ClientAddress.refusedLookup(this.limits, this.properties, request, trackingNo);
		if (refused != null) {
			response.setStatus(429);
			model.addAttribute("errorKey", refused);
			return "request/track";
		}
		try {
			Submitted submitted = this.submissions.submit(key, payload, true, () -> {
				this.tracking.correctOnline(trackingNo, code, correction);
				return new Filed(trackingNo.strip().toUpperCase(Locale.ROOT), null);
			});
			return toCorrectionReceipt(submitted, request, response);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("correction", correction);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute(SubmissionKey.FIELD, key.value());
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("errorKey", "request.track.not-found");
			return "request/track";
		}
		return showTracking(trackingNo, code, model, response);
	}

	private String toCorrectionReceipt(Submitted submitted, HttpServletRequest request, HttpServletResponse response) {
		return ReceiptRedirect.to(submitted, "/requests/track/correction/receipt/" + submitted.receiptToken(),
				this.submissions.receiptLifetime(), request, response);
	}

	/**
	 * The receipt of an online correction: the tracking number and that the correction
	 * arrived; tracking again needs the query code.
	 */
	@GetMapping("/requests/track/correction/receipt/{token}")
	String correctionReceipt(@PathVariable String token, Model model, HttpServletResponse response) {
		ReceiptView view = this.submissions.receipt(CORRECTION, token, null)
			.orElseThrow(() -> new NotFoundException("Receipt"));
		ReceiptRedirect.noStore(response);
		model.addAttribute("trackingNo", view.reference());
		model.addAttribute("corrected", true);
		return "request/track";
	}

	private String showTracking(String trackingNo, String code, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("tracking", this.tracking.track(trackingNo, code));
			// the released letters, downloaded by posting the number and code again
			model.addAttribute("documents", this.letters.released(trackingNo, code));
			// the information a released (partial) disclosure delivers
			model.addAttribute("delivered", this.delivered.released(trackingNo, code));
			model.addAttribute("code", code);
			if (!model.containsAttribute(SubmissionKey.FIELD)) {
				model.addAttribute(SubmissionKey.FIELD, SubmissionKey.fresh());
			}
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

	private String form(Model model, AgencyDetails agency, RequestForm form, String key) {
		model.addAttribute(SubmissionKey.FIELD, key);
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("formats", InformationFormat.values());
		model.addAttribute("deliveries", Delivery.values());
		return "request/new";
	}

}
