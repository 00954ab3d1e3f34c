package org.gongkai.channels.web;

import java.util.List;
import java.util.Optional;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.channels.ChannelPlaces;
import org.gongkai.channels.PlaceKind;
import org.gongkai.channels.PlaceView;
import org.gongkai.platform.web.GuidePart;
import org.gongkai.platform.web.GuidePartSource;

import org.springframework.stereotype.Component;

/**
 * The guide's part on where the public reads and applies (Regulations art. 24): the
 * agency's active reading points, request desks and boards with address, hours and
 * telephone, each board linking to its posting log.
 */
@Component
class ChannelGuidePart implements GuidePartSource {

	/** After the guide's own sections. */
	static final int ORDER = 100;

	private final ChannelPlaces places;

	private final AgencyManagement agencies;

	ChannelGuidePart(ChannelPlaces places, AgencyManagement agencies) {
		this.places = places;
		this.agencies = agencies;
	}

	@Override
	public Optional<GuidePart> guidePartOf(long agencyId) {
		List<PlaceView> shown = this.places.publicPlaces(agencyId);
		if (shown.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new GuidePart(ORDER, "channels/guide",
				new GuidePlaces(this.agencies.details(agencyId).summary().creditCode(), shown)));
	}

	/** What the guide's fragment shows: the places and the agency's code for links. */
	public record GuidePlaces(String creditCode, List<PlaceView> places) {

		/** The kinds that have places, reading points first (where the public reads). */
		public List<PlaceKind> kinds() {
			return java.util.stream.Stream.of(PlaceKind.READING_POINT, PlaceKind.REQUEST_DESK, PlaceKind.BOARD)
				.filter((k) -> !of(k).isEmpty())
				.toList();
		}

		/** The places of one kind, in their order. */
		public List<PlaceView> of(PlaceKind kind) {
			return this.places.stream().filter((p) -> p.kind() == kind).toList();
		}

	}

}
