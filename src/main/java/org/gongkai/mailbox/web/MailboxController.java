package org.gongkai.mailbox.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.LetterReceipt;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.consultation.PolicyConsultations;
import org.gongkai.mailbox.letter.AgencyMailboxes;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.mailbox.letter.PublicReplies;
import org.gongkai.mailbox.letter.PublicReply;
import org.gongkai.mailbox.letter.Rating;
import org.gongkai.mailbox.letter.ReplyStatistics;
import org.gongkai.mailbox.survey.Surveys;
import org.gongkai.rendering.FeedWriter;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RateLimits;
import org.gongkai.mailbox.letter.ValidLetter;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.submission.Filed;
import org.gongkai.submission.ReceiptRedirect;
import org.gongkai.submission.ReceiptView;
import org.gongkai.submission.SubmissionKey;
import org.gongkai.submission.Submissions;
import org.gongkai.submission.Submitted;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public interaction column (互动交流) of an agency: its mailboxes, the letter form, the
 * public replies (masked) with their feeds and the reply figures, the open and past
 * consultations and surveys; and tracking a letter with its number and query code. The
 * forms are rate-limited per client address. A letter is filed once per form instance
 * (its idempotency key) and answered with a redirect to its receipt page
 * (Post/Redirect/Get).
 */
@Controller
class MailboxController {

	static final int PAGE_SIZE = 20;

	/** Violations whose key segment is not a form field. */
	private static final Map<String, String> FIELDS = Map.of("contact", "phone");

	/** The kind of submission of the letter form, with its own keys. */
	static final String LETTER = "mailbox.letter";

	private final AgencyMailboxes mailboxes;

	private final LetterIntake intake;

	private final PublicReplies replies;

	private final ReplyStatistics statistics;

	private final PolicyConsultations consultations;

	private final Surveys surveys;

	private final RateLimits limits;

	private final MailboxProperties properties;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final Submissions submissions;

	MailboxController(AgencyMailboxes mailboxes, LetterIntake intake, PublicReplies replies, ReplyStatistics statistics,
			PolicyConsultations consultations, Surveys surveys, RateLimits limits, MailboxProperties properties,
			MessageSource messages, java.time.Clock clock, Submissions submissions) {
		this.submissions = submissions;
		this.clock = clock;
		this.mailboxes = mailboxes;
		this.intake = intake;
		this.replies = replies;
		this.statistics = statistics;
		this.consultations = consultations;
		this.surveys = surveys;
		this.limits = limits;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/agencies/{creditCode}/mailbox")
	String column(@PathVariable String creditCode, @RequestParam(defaultValue = "0") int page, Model model) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		long id = agency.summary().id();
		model.addAttribute("agency", agency);
		model.addAttribute("mailboxes", this.mailboxes.publicMailboxes(id));
		model.addAttribute("replies", this.replies.publicReplies(id, page, PAGE_SIZE));
		model.addAttribute("figures", this.statistics.publicFigures(id));
		model.addAttribute("consultations", this.consultations.publicList(id));
		model.addAttribute("surveys", this.surveys.publicList(id));
		return "mailbox/column";
	}

	@GetMapping("/agencies/{creditCode}/mailbox/replies/{trackingNo}")
	String reply(@PathVariable String creditCode, @PathVariable String trackingNo, Model model) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("reply", this.replies.publicReply(agency.summary().id(), trackingNo));
		return "mailbox/reply";
	}

	@GetMapping("/agencies/{creditCode}/mailbox/write")
	String form(@PathVariable String creditCode, @RequestParam(required = false) Long mailbox, Model model) {
		return form(model, this.mailboxes.agency(creditCode),
				new LetterForm(mailbox, LetterType.CONSULTATION.name(), "", "", "", "", "", false),
				SubmissionKey.fresh());
	}

	@PostMapping("/agencies/{creditCode}/mailbox/write")
	String write(@PathVariable String creditCode, @ModelAttribute("form") LetterForm form, BindingResult result,
			@RequestParam(name = SubmissionKey.FIELD, required = false) String rawKey, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		SubmissionKey key;
		String payload = creditCode + "\n" + form;
		try {
			key = SubmissionKey.of(LETTER, rawKey);
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
		if (!this.limits.tryAcquire(ClientKeys.letters(request), this.properties.lettersPerMinute())) {
			response.setStatus(429);
			result.reject("error.too-many");
			return form(model, agency, form, key.value());
		}
		// every problem of the letter at once, what was typed kept
		FormErrors.rejectAll(result, ValidLetter.problems(form), FIELDS);
		if (result.hasErrors()) {
			response.setStatus(400);
			return form(model, agency, form, key.value());
		}
		try {
			// returns after the commit: the number shown is stored, with the key
			Submitted submitted = this.submissions.submit(key, payload, true, () -> {
				LetterReceipt receipt = this.intake.write(creditCode, form);
				return new Filed(receipt.trackingNo(), receipt.queryCode());
			});
			return toReceipt(submitted, creditCode, request, response);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(400);
			return form(model, agency, form, key.value());
		}
	}

	private String toReceipt(Submitted submitted, String creditCode, HttpServletRequest request,
			HttpServletResponse response) {
		return ReceiptRedirect.to(submitted, "/agencies/" + creditCode + "/mailbox/receipt/" + submitted.receiptToken(),
				this.submissions.receiptLifetime(), request, response);
	}

	/**
	 * The receipt of a letter: the tracking number, and the query code while the receipt
	 * is fresh and only in the browser that wrote.
	 */
	@GetMapping("/agencies/{creditCode}/mailbox/receipt/{token}")
	String receipt(@PathVariable String creditCode, @PathVariable String token,
			@CookieValue(name = ReceiptRedirect.COOKIE, required = false) String cookie, Model model,
			HttpServletResponse response) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		// the number names its agency (PREFIX-year-agency-serial): a receipt opens under
		// its own only
		String scope = "-" + agency.summary().id() + "-";
		ReceiptView view = this.submissions.receipt(LETTER, token, cookie)
			.filter((r) -> r.reference().startsWith(scope, r.reference().indexOf('-') + 5))
			.orElseThrow(() -> new NotFoundException("Receipt"));
		ReceiptRedirect.noStore(response);
		model.addAttribute("agency", agency);
		model.addAttribute("receipt", new LetterReceipt(view.reference(), view.secret()));
		model.addAttribute("codeWithheld", view.secretWithheld());
		return "mailbox/receipt";
	}

	private String form(Model model, AgencyDetails agency, LetterForm form, String key) {
		model.addAttribute(SubmissionKey.FIELD, key);
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("mailboxes", this.mailboxes.publicMailboxes(agency.summary().id()));
		model.addAttribute("types", LetterType.values());
		return "mailbox/write";
	}

	@GetMapping("/mailbox/track")
	String trackForm() {
		return "mailbox/track";
	}

	@PostMapping("/mailbox/track")
	String track(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("trackingNo", trackingNo);
		String refused = ClientKeys.refusedLookup(this.limits, this.properties, request, trackingNo);
		if (refused != null) {
			response.setStatus(429);
			model.addAttribute("errorKey", refused);
			return "mailbox/track";
		}
		try {
			model.addAttribute("tracking", this.intake.track(trackingNo, code));
			model.addAttribute("code", code);
			model.addAttribute("ratings", Rating.values());
			response.setHeader("Cache-Control", "no-store");
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("errorKey", "mailbox.track.not-found");
		}
		return "mailbox/track";
	}

	@PostMapping("/mailbox/track/rating")
	String rate(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) String rating, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String refused = ClientKeys.refusedLookup(this.limits, this.properties, request, trackingNo);
		if (refused != null) {
			response.setStatus(429);
			model.addAttribute("trackingNo", trackingNo);
			model.addAttribute("errorKey", refused);
			return "mailbox/track";
		}
		Rating chosen = java.util.Arrays.stream(Rating.values())
			.filter((r) -> r.name().equals(rating))
			.findFirst()
			.orElse(null);
		try {
			this.intake.rate(trackingNo, code, chosen);
			model.addAttribute("rated", true);
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("trackingNo", trackingNo);
			model.addAttribute("errorKey", "mailbox.track.not-found");
			return "mailbox/track";
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("errorKey", ex.messageKey());
		}
		model.addAttribute("trackingNo", trackingNo);
		model.addAttribute("tracking", this.intake.track(trackingNo, code));
		model.addAttribute("code", code);
		model.addAttribute("ratings", Rating.values());
		return "mailbox/track";
	}

	@GetMapping("/agencies/{creditCode}/mailbox/feed.atom")
	ResponseEntity<byte[]> atom(@PathVariable String creditCode) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(FeedWriter.atom(feed(creditCode, "feed.atom")));
	}

	@GetMapping("/agencies/{creditCode}/mailbox/feed.rss")
	ResponseEntity<byte[]> rss(@PathVariable String creditCode) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
			.body(FeedWriter.rss(feed(creditCode, "feed.rss")));
	}

	private FeedWriter.Feed feed(String creditCode, String file) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		String code = agency.summary().creditCode();
		String page = url("/agencies/" + code + "/mailbox");
		Page<PublicReply> replies = this.replies.publicReplies(agency.summary().id(), 0, 50);
		String untitled = this.messages.getMessage("mailbox.question.withheld-title", null, java.util.Locale.CHINA);
		List<FeedWriter.Entry> entries = replies.stream()
			.map((r) -> new FeedWriter.Entry((r.subject() != null) ? r.subject() : untitled,
					url("/agencies/" + code + "/mailbox/replies/" + r.trackingNo()),
					r.repliedOn().atStartOfDay(this.clock.getZone()).toOffsetDateTime(), r.reply()))
			.toList();
		String title = agency.summary().name() + " - "
				+ this.messages.getMessage("mailbox.column.title", null, java.util.Locale.CHINA);
		return new FeedWriter.Feed(title, page, page + "/" + file, agency.summary().name(),
				java.time.OffsetDateTime.now(this.clock), entries);
	}

	private static String url(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

}
