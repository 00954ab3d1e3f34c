package org.gongkai.channels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.channels.rules.BoardCadence;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's boards, reading points and request desks, and each board's posting log
 * (docs/legal-rules.md, Channels). The agency's clerks register and change places and
 * record postings with their photos; everyone who may see the agency reads them; the
 * public sees the active places in the guide and each active board's log with its photos
 * (a public board's photos show what anyone passing by sees). Every change is audited; a
 * change of a place changes the guide, which the audit log's page footprint forgets.
 */
@Service
public class ChannelPlaces {

	static final int MAX_NAME = 100;

	static final int MAX_ADDRESS = 200;

	static final int MAX_KEEPER = 60;

	static final int MAX_TITLE = 200;

	static final int MAX_PHOTOS = 5;

	/** How far back the board's missing periods are looked for. */
	static final int SPAN_MONTHS = 12;

	private final Places places;

	private final Postings postings;

	private final PostingPhotos photos;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final Uploads uploads;

	private final PublicationQueries publications;

	private final ChannelsProperties properties;

	private final Clock clock;

	ChannelPlaces(Places places, Postings postings, PostingPhotos photos, AgencyAccess access, AuditLog audit,
			Uploads uploads, PublicationQueries publications, ChannelsProperties properties, Clock clock) {
		this.places = places;
		this.postings = postings;
		this.photos = photos;
		this.access = access;
		this.audit = audit;
		this.uploads = uploads;
		this.publications = publications;
		this.properties = properties;
		this.clock = clock;
	}

	/** The photo policy: JPEG or PNG by content, at most the configured size. */
	UploadPolicy photoPolicy() {
		return new UploadPolicy(this.properties.photoMaxBytes(), Set.of(Uploads.JPEG, Uploads.PNG), 0);
	}

	/** The agency's places, boards first. @throws ForbiddenException unless visible */
	@Transactional(readOnly = true)
	public List<PlaceView> places(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.places.findByAgencyIdOrderByKindAscIdAsc(agencyId).stream().map(Place::view).toList();
	}

	/**
	 * One place. @throws NotFoundException if none @throws ForbiddenException unless its
	 * agency is visible
	 */
	@Transactional(readOnly = true)
	public PlaceView place(long placeId) {
		Place place = load(placeId);
		this.access.requireVisible(place.agencyId());
		return place.view();
	}

	/** Every problem of a place's fields at once; empty when it can be saved. */
	public List<RuleViolationException> problems(PlaceInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		valid(input, problems);
		return problems;
	}

	/**
	 * Registers a place of the agency. @return its id @throws ForbiddenException unless a
	 * clerk of the agency @throws RuleViolationException for the first problem
	 */
	@Transactional
	public long create(long agencyId, PlaceInput input) {
		this.access.require(Role.CLERK, agencyId);
		return createAs(agencyId, input, Fields.actor());
	}

	long createAs(long agencyId, PlaceInput input, String actor) {
		PlaceInput.Valid valid = validOrThrow(input);
		Place place = this.places.save(new Place(agencyId, valid, LocalDate.now(this.clock), this.clock.instant()));
		record("channels.place-created", "ChannelPlace", place.id(), agencyId, null, place.auditSummary(), actor);
		return place.id();
	}

	/**
	 * Changes a place (deactivating it takes it off the guide). @throws
	 * ForbiddenException unless a clerk of its agency
	 */
	@Transactional
	public void update(long placeId, PlaceInput input) {
		Place place = load(placeId);
		this.access.require(Role.CLERK, place.agencyId());
		PlaceInput.Valid valid = validOrThrow(input);
		String before = place.auditSummary();
		place.update(valid, this.clock.instant());
		record("channels.place-updated", "ChannelPlace", place.id(), place.agencyId(), before, place.auditSummary(),
				Fields.actor());
	}

	/**
	 * The agency's boards with their cadence: updated this period or not, and the earlier
	 * periods of the last year without a posting. @throws ForbiddenException unless
	 * visible
	 */
	@Transactional(readOnly = true)
	public List<BoardStatus> boards(long agencyId) {
		this.access.requireVisible(agencyId);
		return boardsOf(agencyId, YearMonth.now(this.clock));
	}

	/** The boards' cadence as of {@code month}: a system reading. */
	List<BoardStatus> boardsOf(long agencyId, YearMonth month) {
		List<Place> boards = this.places.findByAgencyIdOrderByKindAscIdAsc(agencyId)
			.stream()
			.filter((p) -> p.kind() == PlaceKind.BOARD)
			.toList();
		Map<Long, List<LocalDate>> days = postedDays(boards.stream().map(Place::id).toList());
		BoardCadence cadence = this.properties.boardCadence();
		YearMonth current = cadence.periodOf(month);
		List<BoardStatus> out = new ArrayList<>();
		for (Place board : boards) {
			List<LocalDate> posted = days.getOrDefault(board.id(), List.of());
			YearMonth first = YearMonth.from(board.createdOn());
			for (LocalDate day : posted) {
				if (YearMonth.from(day).isBefore(first)) {
					first = YearMonth.from(day);
				}
			}
			YearMonth earliest = month.minusMonths(SPAN_MONTHS - 1);
			YearMonth from = first.isBefore(earliest) ? earliest : first;
			List<YearMonth> missing = (from.isBefore(current)) ? cadence.missing(posted, from, current.minusMonths(1))
					: List.of();
			out.add(new BoardStatus(board.view(), current, cadence.updated(posted, month), missing, posted.size()));
		}
		return out;
	}

	Map<Long, List<LocalDate>> postedDays(Collection<Long> boardIds) {
		if (boardIds.isEmpty()) {
			return Map.of();
		}
		return this.postings.findByPlaceIdIn(boardIds)
			.stream()
			.collect(Collectors.groupingBy(Posting::placeId,
					Collectors.mapping(Posting::postedOn, Collectors.toList())));
	}

	/** A board's posting log, newest first. @throws ForbiddenException unless visible */
	@Transactional(readOnly = true)
	public List<PostingView> postings(long placeId) {
		Place place = load(placeId);
		this.access.requireVisible(place.agencyId());
		return log(place);
	}

	/** Every problem of a posting's fields for the board; empty when it can be saved. */
	@Transactional(readOnly = true)
	public List<RuleViolationException> postingProblems(long placeId, PostingInput input) {
		Place place = load(placeId);
		List<RuleViolationException> problems = new ArrayList<>();
		validPosting(place, input, problems);
		return problems;
	}

	/**
	 * Records a posting on a board with its photos (JPEG or PNG, checked by content, at
	 * most {@value #MAX_PHOTOS}); nothing is recorded when a photo is refused.
	 * @return the posting's id
	 * @throws ForbiddenException unless a clerk of the board's agency
	 * @throws RuleViolationException for the first problem of the fields, or a refused
	 * photo ({@code upload.*}, {@code channels.photos.too-many})
	 */
	@Transactional
	public long post(long placeId, PostingInput input, List<PhotoUpload> uploaded) {
		Place place = load(placeId);
		this.access.require(Role.CLERK, place.agencyId());
		return postAs(place, input, uploaded, Fields.actor());
	}

	long postAs(Place place, PostingInput input, List<PhotoUpload> uploaded, String actor) {
		List<RuleViolationException> problems = new ArrayList<>();
		ValidPosting valid = validPosting(place, input, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		if (uploaded.size() > MAX_PHOTOS) {
			throw new RuleViolationException("channels.photos.too-many", "Too many photos", MAX_PHOTOS);
		}
		List<StoredUpload> stored = new ArrayList<>();
		for (PhotoUpload photo : uploaded) {
			stored.add(this.uploads.store(photo.content(), photo.fileName(), photoPolicy()));
		}
		Posting posting = this.postings.save(new Posting(place.id(), valid.title(), valid.publicationId(),
				valid.postedOn(), valid.takenDownOn(), actor, this.clock.instant()));
		for (StoredUpload file : stored) {
			this.photos.save(new PostingPhoto(posting.id(), file.sha256(), file.mediaType(), file.size(),
					Uploads.fileName(file.fileName())));
		}
		record("channels.board-posted", "BoardPosting", posting.id(), place.agencyId(), null,
				posting.auditSummary() + ", photos=" + stored.size(), actor);
		return posting.id();
	}

	private record ValidPosting(String title, Long publicationId, LocalDate postedOn, LocalDate takenDownOn) {

	}

	private ValidPosting validPosting(Place place, PostingInput input, List<RuleViolationException> problems) {
		if (place.kind() != PlaceKind.BOARD) {
			problems.add(new RuleViolationException("channels.posting.not-board", "Not a board"));
			return null;
		}
		String title = Fields.text(input.title(), "title", MAX_TITLE, problems);
		Long publicationId = Fields.id(input.publicationId(), "publication-id", problems);
		if (publicationId != null && !publishedOf(place.agencyId(), publicationId)) {
			problems.add(new RuleViolationException("channels.publication-id.invalid", "Not a published item"));
		}
		LocalDate postedOn = Fields.day(input.postedOn(), "posted-on", true, problems);
		if (postedOn != null && postedOn.isAfter(LocalDate.now(this.clock))) {
			problems.add(new RuleViolationException("channels.posted-on.future", "Posted in the future"));
		}
		LocalDate takenDownOn = Fields.day(input.takenDownOn(), "taken-down-on", false, problems);
		if (postedOn != null && takenDownOn != null && takenDownOn.isBefore(postedOn)) {
			problems.add(new RuleViolationException("channels.taken-down-on.before-posted", "Down before up"));
		}
		return new ValidPosting(title, publicationId, postedOn, takenDownOn);
	}

	private boolean publishedOf(long agencyId, long publicationId) {
		try {
			PublicationItem item = this.publications.publicItem(publicationId);
			return item.agencyId() == agencyId;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** The agency's active places, boards first: a public reading (the guide). */
	@Transactional(readOnly = true)
	public List<PlaceView> publicPlaces(long agencyId) {
		return this.places.findByAgencyIdOrderByKindAscIdAsc(agencyId)
			.stream()
			.filter(Place::active)
			.map(Place::view)
			.toList();
	}

	/**
	 * An active board of the agency with its log: a public reading. @throws
	 * NotFoundException for anything else
	 */
	@Transactional(readOnly = true)
	public BoardPage publicBoard(long agencyId, long placeId) {
		Place place = publicBoardPlace(agencyId, placeId);
		return new BoardPage(place.view(), log(place));
	}

	/**
	 * A photo of a posting on an active board of the agency: a public reading. @throws
	 * NotFoundException for anything else
	 */
	@Transactional(readOnly = true)
	public PhotoFile publicPhoto(long agencyId, long photoId) {
		PostingPhoto photo = this.photos.findById(photoId).orElseThrow(() -> new NotFoundException("Photo " + photoId));
		Posting posting = this.postings.findById(photo.postingId())
			.orElseThrow(() -> new NotFoundException("Photo " + photoId));
		publicBoardPlace(agencyId, posting.placeId());
		return new PhotoFile(this.uploads.open(photo.sha256()), photo.mediaType(), photo.view().sizeBytes());
	}

	private Place publicBoardPlace(long agencyId, long placeId) {
		return this.places.findById(placeId)
			.filter((p) -> p.agencyId() == agencyId && p.active() && p.kind() == PlaceKind.BOARD)
			.orElseThrow(() -> new NotFoundException("Board " + placeId));
	}

	private List<PostingView> log(Place place) {
		List<Posting> lines = this.postings.findByPlaceIdOrderByPostedOnDescIdDesc(place.id());
		Map<Long, List<PhotoView>> byPosting = lines.isEmpty() ? Map.of()
				: this.photos.findByPostingIdInOrderByIdAsc(lines.stream().map(Posting::id).toList())
					.stream()
					.collect(Collectors.groupingBy(PostingPhoto::postingId,
							Collectors.mapping(PostingPhoto::view, Collectors.toList())));
		return lines.stream()
			.map((p) -> new PostingView(p.id(), p.placeId(), p.title(), p.publicationId(), p.postedOn(),
					p.takenDownOn(), p.recordedBy(), byPosting.getOrDefault(p.id(), List.of())))
			.toList();
	}

	Place load(long placeId) {
		return this.places.findById(placeId).orElseThrow(() -> new NotFoundException("Place " + placeId));
	}

	private static PlaceInput.Valid validOrThrow(PlaceInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		PlaceInput.Valid valid = valid(input, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return valid;
	}

	private static PlaceInput.Valid valid(PlaceInput input, List<RuleViolationException> problems) {
		PlaceKind kind = Fields.choice(PlaceKind.class, input.kind(), "kind", problems);
		String name = Fields.text(input.name(), "name", MAX_NAME, problems);
		String address = Fields.text(input.address(), "address", MAX_ADDRESS, problems);
		String hours = Fields.text(input.hours(), "hours", MAX_ADDRESS, problems);
		String keeper = Fields.text(input.keeperName(), "keeper-name", MAX_KEEPER, problems);
		String phone = Fields.phone(input.keeperPhone(), "keeper-phone", problems);
		return problems.isEmpty()
				? new PlaceInput.Valid(kind, name, address, hours, keeper, phone, Fields.flag(input.active())) : null;
	}

	private void record(String action, String type, long id, long agencyId, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, type, id)
			.withAgency(agencyId)
			.withActor(actor)
			.withBefore(before)
			.withAfter(after));
	}

}
