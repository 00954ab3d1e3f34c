package org.gongkai.channels.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.channels.ChannelPlaces;
import org.gongkai.channels.PhotoFile;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A board's public page: its posting log with the photos of each posting (a public
 * board's photos show what anyone passing by sees), so that "公开栏每月更新" can be checked by
 * anyone. Rendered per request; the photos are served as stored, with {@code nosniff}.
 */
@Controller
class BoardController {

	private final ChannelPlaces places;

	private final AgencyManagement agencies;

	BoardController(ChannelPlaces places, AgencyManagement agencies) {
		this.places = places;
		this.agencies = agencies;
	}

	@GetMapping("/agencies/{creditCode}/boards/{id}")
	String board(@PathVariable String creditCode, @PathVariable String id, Model model) {
		AgencyDetails agency = agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("page", this.places.publicBoard(agency.summary().id(), number(id)));
		return "channels/board";
	}

	@GetMapping("/agencies/{creditCode}/boards/photos/{id}")
	void photo(@PathVariable String creditCode, @PathVariable String id, HttpServletResponse response)
			throws IOException {
		AgencyDetails agency = agency(creditCode);
		PhotoFile photo = this.places.publicPhoto(agency.summary().id(), number(id));
		try (InputStream in = photo.content()) {
			response.setContentType(photo.mediaType());
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Cache-Control", "public, max-age=86400");
			response.setContentLengthLong(photo.size());
			in.transferTo(response.getOutputStream());
		}
	}

	private AgencyDetails agency(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	static long number(String value) {
		if (value == null || !value.matches("\\d{1,18}")) {
			throw new NotFoundException("No such id: " + value);
		}
		return Long.parseLong(value);
	}

}
