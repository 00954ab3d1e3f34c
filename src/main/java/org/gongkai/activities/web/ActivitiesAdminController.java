package org.gongkai.activities.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.activities.Activities;
import org.gongkai.activities.ActivityCounts;
import org.gongkai.activities.ActivityKind;
import org.gongkai.activities.ActivityView;
import org.gongkai.activities.IncomingFile;
import org.gongkai.activities.StoredFile;
import org.gongkai.activities.rules.ReportingPeriod;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activities' back-office pages: the agencies the user may see, an agency's
 * activities of a period (a year, half-year or quarter, or the days from/to a figure
 * links with) with the totals per kind and the trainings it attended, the form that
 * records one (with photos and a sign-in sheet), an activity with its photos. The service
 * checks the user's role for the agency on every read and step.
 */
@Controller
class ActivitiesAdminController {

	private static final String BASE = "/admin/activities";

	private final Activities activities;

	private final ActivityCounts counts;

	private final MessageSource messages;

	private final Clock clock;

	ActivitiesAdminController(Activities activities, ActivityCounts counts, MessageSource messages, Clock clock) {
		this.activities = activities;
		this.counts = counts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String index(Model model) {
		List<AgencySummary> visible = this.activities.visibleAgencies();
		if (visible.size() == 1) {
			return "redirect:" + BASE + "/" + visible.get(0).creditCode();
		}
		model.addAttribute("agencies", visible);
		model.addAttribute("base", BASE);
		model.addAttribute("titleKey", "activities.agencies.title");
		return "activities/agencies";
	}

	@GetMapping(BASE + "/{creditCode}")
	String agency(@PathVariable String creditCode, @RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String kind, Model model) {
		AgencySummary agency = this.activities.agency(creditCode);
		LocalDate today = LocalDate.now(this.clock);
		ReportingPeriod chosen = ReportingPeriod.parse(period).orElse(ReportingPeriod.yearOf(today));
		LocalDate first = chosen.first();
		LocalDate last = chosen.last();
		LocalDate fromDay = ListParameters.date(from);
		LocalDate toDay = ListParameters.date(to);
		boolean span = fromDay != null && toDay != null && !toDay.isBefore(fromDay);
		if (span) {
			first = fromDay;
			last = toDay;
		}
		ActivityKind only = ListParameters.choice(kind, ActivityKind.class);
		model.addAttribute("agency", agency);
		model.addAttribute("period", span ? null : chosen.code());
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("kind", only);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("periods", periods(today.getYear()));
		model.addAttribute("list", this.activities.list(agency.id(), first, last, only));
		model.addAttribute("attended", this.activities.attended(agency.id(), first, last));
		model.addAttribute("totals", this.counts.totals(agency.id(), first, last));
		model.addAttribute("mayRecord", this.activities.mayRecord(agency.id()));
		return "activities/list";
	}

	/** The periods offered: this year and last, with their halves and quarters. */
	private static List<String> periods(int year) {
		List<String> out = new ArrayList<>();
		for (int y = year; y >= year - 1; y--) {
			out.add(String.valueOf(y));
			out.add(y + "H1");
			out.add(y + "H2");
			for (int q = 1; q <= 4; q++) {
				out.add(y + "Q" + q);
			}
		}
		return out;
	}

	@GetMapping(BASE + "/{creditCode}/new")
	String newActivity(@PathVariable String creditCode, @RequestParam(required = false) String kind, Model model) {
		AgencySummary agency = recorderOf(creditCode);
		ActivityKind chosen = ListParameters.choice(kind, ActivityKind.class);
		return form(agency, ActivityForm.blank((chosen != null) ? chosen.name() : ActivityKind.PUBLICITY.name(),
				LocalDate.now(this.clock).toString()), model);
	}

	@PostMapping(BASE + "/{creditCode}")
	String create(@PathVariable String creditCode, @ModelAttribute("form") ActivityForm form, BindingResult result,
			@RequestParam(name = "photoFiles", required = false) List<MultipartFile> photoFiles,
			@RequestParam(name = "sheetFile", required = false) MultipartFile sheetFile, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		AgencySummary agency = recorderOf(creditCode);
		List<MultipartFile> photos = chosen(photoFiles);
		List<RuleViolationException> problems = new ArrayList<>(
				this.activities.problems(agency.id(), form.input(), photos.size()));
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				List<IncomingFile> incoming = new ArrayList<>();
				for (MultipartFile photo : photos) {
					incoming.add(new IncomingFile(photo.getOriginalFilename(), photo.getInputStream()));
				}
				List<MultipartFile> sheet = chosen((sheetFile != null) ? List.of(sheetFile) : List.of());
				IncomingFile sheetIn = sheet.isEmpty() ? null
						: new IncomingFile(sheet.get(0).getOriginalFilename(), sheet.get(0).getInputStream());
				long id = this.activities.record(agency.id(), form.input(), incoming, sheetIn);
				redirect.addFlashAttribute("done", this.messages.getMessage("activities.done.recorded", null,
						java.util.Locale.SIMPLIFIED_CHINESE));
				return "redirect:" + BASE + "/item/" + id;
			}
			catch (RuleViolationException ex) {
				problems.add(ex);
			}
		}
		FormErrors.rejectAll(result, problems, Map.of());
		response.setStatus(400);
		return form(agency, form, model);
	}

	/**
	 * The file parts a user chose (a file input left empty sends a part without a name).
	 */
	private static List<MultipartFile> chosen(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((f) -> f != null && f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
			.toList();
	}

	private String form(AgencySummary agency, ActivityForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("attendable", this.activities.attendable(agency.id()));
		model.addAttribute("maxPhotos", Activities.MAX_PHOTOS);
		return "activities/form";
	}

	private AgencySummary recorderOf(String creditCode) {
		AgencySummary agency = this.activities.agency(creditCode);
		if (!this.activities.mayRecord(agency.id())) {
			throw new org.gongkai.platform.ForbiddenException("May not record for " + creditCode);
		}
		return agency;
	}

	@GetMapping(BASE + "/item/{id}")
	String item(@PathVariable String id, Model model) {
		ActivityView activity = this.activities.view(id(id));
		model.addAttribute("a", activity);
		model.addAttribute("mayRemove", this.activities.mayRecord(activity.agency().id()));
		return "activities/item";
	}

	@PostMapping(BASE + "/item/{id}/remove")
	String remove(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		ActivityView activity = this.activities.view(id(id));
		this.activities.remove(activity.id(), reason);
		redirect.addFlashAttribute("done",
				this.messages.getMessage("activities.done.removed", null, java.util.Locale.SIMPLIFIED_CHINESE));
		return "redirect:" + BASE + "/" + activity.agency().creditCode();
	}

	@GetMapping(BASE + "/item/{id}/photos/{index}")
	void photo(@PathVariable String id, @PathVariable String index, HttpServletResponse response) throws IOException {
		Long number = ListParameters.id(index);
		if (number == null || number > Activities.MAX_PHOTOS) {
			throw new NotFoundException("Photo " + index);
		}
		// numbered from 1 in the address
		send(this.activities.photo(id(id), number.intValue() - 1), "inline", "photo", response);
	}

	@GetMapping(BASE + "/item/{id}/sheet")
	void sheet(@PathVariable String id, HttpServletResponse response) throws IOException {
		send(this.activities.sheet(id(id)), "attachment", "sign-in-sheet", response);
	}

	private static void send(StoredFile file, String disposition, String fallback, HttpServletResponse response)
			throws IOException {
		try (InputStream in = file.content()) {
			response.setContentType(file.mediaType());
			String header = Downloads.attachment(file.fileName(), fallback);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					"inline".equals(disposition) ? header.replaceFirst("^attachment", "inline") : header);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			in.transferTo(response.getOutputStream());
		}
	}

	private static long id(String text) {
		Long id = ListParameters.id(text);
		if (id == null) {
			throw new NotFoundException("Activity " + text);
		}
		return id;
	}

}
