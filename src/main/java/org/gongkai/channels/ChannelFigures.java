package org.gongkai.channels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.gongkai.channels.rules.BoardCadence;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels' figures of an agency for the work summary's 平台和渠道: its active boards,
 * reading points and request desks, the board postings in the span, the periods of the
 * span its active boards went without a posting (periods not yet over do not count), its
 * new-media accounts not closed, and the items syndicated to them in the span. A system
 * reading.
 */
@Component
class ChannelFigures implements WorkFigureSource {

	private final Places places;

	private final Postings postings;

	private final MediaAccounts accounts;

	private final Syndications syndications;

	private final ChannelsProperties properties;

	private final Clock clock;

	ChannelFigures(Places places, Postings postings, MediaAccounts accounts, Syndications syndications,
			ChannelsProperties properties, Clock clock) {
		this.places = places;
		this.postings = postings;
		this.accounts = accounts;
		this.syndications = syndications;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		List<Place> active = this.places.findByAgencyIdOrderByKindAscIdAsc(agencyId)
			.stream()
			.filter(Place::active)
			.toList();
		List<Long> boards = active.stream().filter((p) -> p.kind() == PlaceKind.BOARD).map(Place::id).toList();
		List<Long> accountIds = this.accounts.findByAgencyIdOrderByIdAsc(agencyId)
			.stream()
			.filter((a) -> a.reviewStatus() != ReviewStatus.CLOSED)
			.map(MediaAccount::id)
			.toList();
		String places = "/admin/channels/agencies/" + agencyId;
		String media = places + "/accounts";
		return List.of(
				new WorkFigure(Section.CHANNELS, 10, "channels.boards", count(active, PlaceKind.BOARD), Unit.ITEMS,
						places),
				new WorkFigure(Section.CHANNELS, 20, "channels.reading-points", count(active, PlaceKind.READING_POINT),
						Unit.ITEMS, places),
				new WorkFigure(Section.CHANNELS, 30, "channels.request-desks", count(active, PlaceKind.REQUEST_DESK),
						Unit.ITEMS, places),
				new WorkFigure(Section.CHANNELS, 40, "channels.board-postings",
						boards.isEmpty() ? 0 : this.postings.countByPlaceIdInAndPostedOnBetween(boards, from, to),
						Unit.TIMES, places),
				new WorkFigure(Section.CHANNELS, 50, "channels.months-without-posting", missing(boards, from, to),
						Unit.TIMES, places),
				new WorkFigure(Section.CHANNELS, 60, "channels.media-accounts", accountIds.size(), Unit.ITEMS, media),
				new WorkFigure(Section.CHANNELS, 70, "channels.items-syndicated",
						accountIds.isEmpty() ? 0
								: this.syndications.countByAccountIdInAndSyndicatedOnBetween(accountIds, from, to),
						Unit.ITEMS, media));
	}

	private static long count(List<Place> places, PlaceKind kind) {
		return places.stream().filter((p) -> p.kind() == kind).count();
	}

	/**
	 * The periods of the span, ended by today, each active board went without a posting.
	 */
	private long missing(List<Long> boards, LocalDate from, LocalDate to) {
		if (boards.isEmpty() || to.isBefore(from)) {
			return 0;
		}
		BoardCadence cadence = this.properties.boardCadence();
		YearMonth current = cadence.periodOf(YearMonth.now(this.clock));
		YearMonth last = cadence.periodOf(YearMonth.from(to));
		if (!last.isBefore(current)) {
			last = current.minusMonths(1);
		}
		YearMonth first = YearMonth.from(from);
		if (last.isBefore(first)) {
			return 0;
		}
		Map<Long, List<LocalDate>> days = new java.util.HashMap<>();
		for (Posting posting : this.postings.findByPlaceIdIn(boards)) {
			days.computeIfAbsent(posting.placeId(), (k) -> new java.util.ArrayList<>()).add(posting.postedOn());
		}
		long total = 0;
		for (Long board : boards) {
			total += cadence.missing(days.getOrDefault(board, List.of()), first, last).size();
		}
		return total;
	}

}
