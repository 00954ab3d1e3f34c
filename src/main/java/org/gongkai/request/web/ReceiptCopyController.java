package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.notices.ReceiptCopies;
import org.gongkai.submission.ReceiptRedirect;
import org.gongkai.submission.ReceiptView;
import org.gongkai.submission.Submissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The receipt page's form that e-mails a copy of the tracking number and query code: only
 * from the browser that applied while its receipt is fresh (the code is nowhere else),
 * rate-limited per client address like applications. The receipt page is shown again with
 * the outcome.
 */
@Controller
class ReceiptCopyController {

	private static final String PAGE = "request/delivery/receipt-copy";

	private final Submissions submissions;

	private final AgencyManagement agencies;

	private final ReceiptCopies copies;

	private final RateLimits limits;

	private final RequestProperties properties;

	ReceiptCopyController(Submissions submissions, AgencyManagement agencies, ReceiptCopies copies, RateLimits limits,
			RequestProperties properties) {
		this.submissions = submissions;
		this.agencies = agencies;
		this.copies = copies;
		this.limits = limits;
		this.properties = properties;
	}

	@GetMapping("/agencies/{creditCode}/requests/receipt/{token}/email")
	String form(@PathVariable String creditCode, @PathVariable String token,
			@CookieValue(name = ReceiptRedirect.COOKIE, required = false) String cookie, Model model,
			HttpServletResponse response) {
		ReceiptView view = receipt(creditCode, token, cookie, model, response);
		if (view.secret() == null) {
			model.addAttribute("copyErrorKey", "delivery.receipt-copy.code-withheld");
		}
		return PAGE;
	}

	@PostMapping("/agencies/{creditCode}/requests/receipt/{token}/email")
	String email(@PathVariable String creditCode, @PathVariable String token,
			@RequestParam(defaultValue = "") String email,
			@CookieValue(name = ReceiptRedirect.COOKIE, required = false) String cookie, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ReceiptView view = receipt(creditCode, token, cookie, model, response);
		model.addAttribute("copyEmail", email.length() > ReceiptCopies.MAX_EMAIL ? "" : email);
		if (!this.limits.tryAcquire("request-receipt-copy:" + request.getRemoteAddr(),
				this.properties.applicationsPerMinute())) {
			response.setStatus(429);
			model.addAttribute("copyErrorKey", "error.too-many");
			return PAGE;
		}
		if (view.secret() == null) {
			response.setStatus(409);
			model.addAttribute("copyErrorKey", "delivery.receipt-copy.code-withheld");
			return PAGE;
		}
		try {
			this.copies.send(view.reference(), view.secret(), email);
			model.addAttribute("copySent", true);
		}
		catch (RuleViolationException ex) {
			response.setStatus("delivery.receipt-copy.unavailable".equals(ex.messageKey()) ? 503 : 400);
			model.addAttribute("copyErrorKey", ex.messageKey());
		}
		return PAGE;
	}

	/** The receipt under its own agency's address, as the receipt page finds it. */
	private ReceiptView receipt(String creditCode, String token, String cookie, Model model,
			HttpServletResponse response) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		String scope = "-" + agency.summary().id() + "-";
		ReceiptView view = this.submissions.receipt(RequestController.APPLICATION, token, cookie)
			.filter((r) -> r.reference().startsWith(scope, r.reference().indexOf('-') + 5))
			.orElseThrow(() -> new NotFoundException("Receipt"));
		ReceiptRedirect.noStore(response);
		model.addAttribute("agency", agency);
		model.addAttribute("receipt", new Receipt(view.reference(), view.secret()));
		model.addAttribute("receiptToken", token);
		return view;
	}

}
