package org.gongkai.channels.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.channels.AccountInput;
import org.gongkai.channels.AccountView;
import org.gongkai.channels.ChannelPlaces;
import org.gongkai.channels.MediaPlatform;
import org.gongkai.channels.NewMedia;
import org.gongkai.channels.PhotoUpload;
import org.gongkai.channels.PlaceInput;
import org.gongkai.channels.PlaceKind;
import org.gongkai.channels.PlaceView;
import org.gongkai.channels.PostingInput;
import org.gongkai.channels.ReviewStatus;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.http.HttpStatus;
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
 * The back office's channel pages: the agencies the user may see, an agency's places with
 * each board's cadence (本月已更新 / 未更新 and the months without a posting), a place's page
 * with its form and, for a board, its posting log and the form recording a posting with
 * photos; the agency's new-media accounts, an account's page with its form, the
 * syndication of the agency's recent published items to it and the link registering a
 * message it received in the mailbox. Forms show every problem at once (400).
 */
@Controller
class ChannelsAdminController {

	/** Violations whose key segment is not the form's field. */
	private static final Map<String, String> POSTING_FIELDS = Map.of();

	private final ChannelPlaces places;

	private final NewMedia media;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final java.time.Clock clock;

	ChannelsAdminController(ChannelPlaces places, NewMedia media, AgencyManagement agencies, AgencyAccess access,
			java.time.Clock clock) {
		this.clock = clock;
		this.places = places;
		this.media = media;
		this.agencies = agencies;
		this.access = access;
	}

	@GetMapping("/admin/channels")
	String index(Model model) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		var mine = this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList();
		if (mine.size() == 1) {
			return "redirect:/admin/channels/agencies/" + mine.get(0).id();
		}
		model.addAttribute("agencies", mine);
		return "channels/admin/index";
	}

	@GetMapping("/admin/channels/agencies/{agencyId}")
	String agency(@PathVariable long agencyId, Model model) {
		if (!model.containsAttribute("placeInput")) {
			model.addAttribute("placeInput", PlaceInput.empty());
		}
		model.addAttribute("agency", this.agencies.details(agencyId));
		model.addAttribute("places", this.places.places(agencyId));
		model.addAttribute("boards", this.places.boards(agencyId));
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("mayEdit", isClerk(agencyId));
		return "channels/admin/places";
	}

	@PostMapping("/admin/channels/agencies/{agencyId}/places")
	String createPlace(@PathVariable long agencyId, @ModelAttribute("placeInput") PlaceInput input,
			BindingResult result, Model model, HttpServletResponse response) {
		this.access.require(Role.CLERK, agencyId);
		FormErrors.rejectAll(result, this.places.problems(input), Map.of());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return agency(agencyId, model);
		}
		long id = this.places.create(agencyId, input);
		return "redirect:/admin/channels/places/" + id + "?done=created";
	}

	@GetMapping("/admin/channels/places/{id}")
	String place(@PathVariable long id, Model model) {
		PlaceView place = this.places.place(id);
		if (!model.containsAttribute("placeInput")) {
			model.addAttribute("placeInput", PlaceInput.of(place));
		}
		if (!model.containsAttribute("postingInput")) {
			model.addAttribute("postingInput", PostingInput.empty(java.time.LocalDate.now(this.clock)));
		}
		model.addAttribute("place", place);
		model.addAttribute("agency", this.agencies.details(place.agencyId()));
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("mayEdit", isClerk(place.agencyId()));
		if (place.kind() == PlaceKind.BOARD) {
			model.addAttribute("postings", this.places.postings(id));
			model.addAttribute("status",
					this.places.boards(place.agencyId())
						.stream()
						.filter((b) -> b.board().id() == id)
						.findFirst()
						.orElse(null));
		}
		return "channels/admin/place";
	}

	@PostMapping("/admin/channels/places/{id}")
	String updatePlace(@PathVariable long id, @ModelAttribute("placeInput") PlaceInput input, BindingResult result,
			Model model, HttpServletResponse response) {
		PlaceView place = this.places.place(id);
		this.access.require(Role.CLERK, place.agencyId());
		FormErrors.rejectAll(result, this.places.problems(input), Map.of());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return place(id, model);
		}
		this.places.update(id, input);
		return "redirect:/admin/channels/places/" + id + "?done=saved";
	}

	@PostMapping("/admin/channels/places/{id}/postings")
	String post(@PathVariable long id, @ModelAttribute("postingInput") PostingInput input, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response) {
		PlaceView place = this.places.place(id);
		this.access.require(Role.CLERK, place.agencyId());
		FormErrors.rejectAll(result, this.places.postingProblems(id, input), POSTING_FIELDS);
		if (!result.hasErrors()) {
			try {
				this.places.post(id, input, uploads(files));
				return "redirect:/admin/channels/places/" + id + "?done=posted";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex, POSTING_FIELDS);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return place(id, model);
	}

	private static List<PhotoUpload> uploads(List<MultipartFile> files) {
		List<PhotoUpload> out = new ArrayList<>();
		if (files == null) {
			return out;
		}
		for (MultipartFile file : files) {
			boolean nothingChosen = file.isEmpty()
					&& (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
			if (nothingChosen) {
				continue;
			}
			try {
				out.add(new PhotoUpload(file.getInputStream(), file.getOriginalFilename()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return out;
	}

	@GetMapping("/admin/channels/agencies/{agencyId}/accounts")
	String accounts(@PathVariable long agencyId, Model model) {
		if (!model.containsAttribute("accountInput")) {
			model.addAttribute("accountInput", AccountInput.empty());
		}
		model.addAttribute("agency", this.agencies.details(agencyId));
		model.addAttribute("accounts", this.media.accounts(agencyId));
		model.addAttribute("platforms", MediaPlatform.values());
		model.addAttribute("statuses", ReviewStatus.values());
		model.addAttribute("mayEdit", isClerk(agencyId));
		return "channels/admin/accounts";
	}

	@PostMapping("/admin/channels/agencies/{agencyId}/accounts")
	String createAccount(@PathVariable long agencyId, @ModelAttribute("accountInput") AccountInput input,
			BindingResult result, Model model, HttpServletResponse response) {
		this.access.require(Role.CLERK, agencyId);
		FormErrors.rejectAll(result, this.media.problems(input), Map.of());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return accounts(agencyId, model);
		}
		long id = this.media.create(agencyId, input);
		return "redirect:/admin/channels/accounts/" + id + "?done=created";
	}

	@GetMapping("/admin/channels/accounts/{id}")
	String account(@PathVariable long id, Model model) {
		AccountView account = this.media.account(id);
		if (!model.containsAttribute("accountInput")) {
			model.addAttribute("accountInput", AccountInput.of(account));
		}
		model.addAttribute("account", account);
		model.addAttribute("agency", this.agencies.details(account.agencyId()));
		model.addAttribute("platforms", MediaPlatform.values());
		model.addAttribute("statuses", ReviewStatus.values());
		model.addAttribute("choices", this.media.choices(id));
		model.addAttribute("syndicated", this.media.syndicated(id));
		model.addAttribute("mayEdit", isClerk(account.agencyId()));
		return "channels/admin/account";
	}

	@PostMapping("/admin/channels/accounts/{id}")
	String updateAccount(@PathVariable long id, @ModelAttribute("accountInput") AccountInput input,
			BindingResult result, Model model, HttpServletResponse response) {
		AccountView account = this.media.account(id);
		this.access.require(Role.CLERK, account.agencyId());
		FormErrors.rejectAll(result, this.media.problems(input), Map.of());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return account(id, model);
		}
		this.media.update(id, input);
		return "redirect:/admin/channels/accounts/" + id + "?done=saved";
	}

	@PostMapping("/admin/channels/accounts/{id}/syndications")
	String syndicate(@PathVariable long id, @RequestParam(name = "publicationId", required = false) List<String> ids,
			Model model, HttpServletResponse response) {
		List<Long> chosen = new ArrayList<>();
		for (String value : (ids != null) ? ids : List.<String>of()) {
			if (value == null || !value.strip().matches("\\d{1,18}")) {
				chosen.add(-1L);
			}
			else {
				chosen.add(Long.valueOf(value.strip()));
			}
		}
		try {
			int recorded = this.media.syndicate(id, chosen);
			return "redirect:/admin/channels/accounts/" + id + "?done=syndicated&count=" + recorded;
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			return account(id, model);
		}
	}

	private boolean isClerk(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.has(Role.CLERK, agencyId);
	}

}
