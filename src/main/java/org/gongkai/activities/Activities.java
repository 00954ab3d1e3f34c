package org.gongkai.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.activities.rules.ActivityRules;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.Text;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's activities (宣传, 培训, 政务公开日, 流动查询): a clerk of the agency records them with
 * their photos and sign-in sheet, a disclosure office records the trainings it ran for
 * the agencies under it (naming those that attended), everyone who may see the agency
 * reads them. Every check runs on the server, a refused form stores nothing, and each
 * record is audited ({@code activities.recorded}).
 */
@Service
public class Activities {

	/** The longest title, place or organiser. */
	public static final int MAX_LINE = 200;

	/** The longest description or attendee list. */
	public static final int MAX_TEXT = 4000;

	/** The longest trainer. */
	public static final int MAX_TRAINER = 100;

	/** The most photos of one activity. */
	public static final int MAX_PHOTOS = 9;

	/** What a photo may be: JPEG or PNG, at most 5 MB. */
	static final UploadPolicy PHOTO = new UploadPolicy(5L * 1024 * 1024, Set.of(Uploads.JPEG, Uploads.PNG), 0);

	/** What a sign-in sheet may be: PDF or XLSX, at most 10 MB. */
	static final UploadPolicy SHEET = new UploadPolicy(10L * 1024 * 1024, Set.of(Uploads.PDF, Uploads.XLSX), 0);

	private final ActivityRecords records;

	private final ActivitiesAccess access;

	private final Uploads uploads;

	private final AuditLog audit;

	private final Clock clock;

	Activities(ActivityRecords records, ActivitiesAccess access, Uploads uploads, AuditLog audit, Clock clock) {
		this.records = records;
		this.access = access;
		this.uploads = uploads;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the signed-in user records activities for the agency. */
	public boolean mayRecord(long agencyId) {
		return this.access.mayRecord(agencyId);
	}

	/** The agencies the signed-in user may see, by id. */
	@Transactional(readOnly = true)
	public List<AgencySummary> visibleAgencies() {
		return this.access.visible();
	}

	/**
	 * The agency with this credit code, if the signed-in user may see it.
	 * @throws NotFoundException for an unknown agency
	 * @throws org.gongkai.platform.ForbiddenException for one the user may not see
	 */
	@Transactional(readOnly = true)
	public AgencySummary agency(String creditCode) {
		AgencyDetails agency = this.access.agency(creditCode);
		this.access.requireVisible(agency.summary().id());
		return agency.summary();
	}

	/** The agencies under the agency, which may attend its trainings, by name. */
	@Transactional(readOnly = true)
	public List<AgencySummary> attendable(long agencyId) {
		return this.access.below(agencyId)
			.stream()
			.map(this.access::summary)
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
	}

	/**
	 * Everything wrong with an activity as typed, each on its field, all at once; empty
	 * if nothing.
	 * @param photos how many photos come with it
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> problems(long agencyId, ActivityInput input, int photos) {
		List<RuleViolationException> problems = new ArrayList<>();
		parse(agencyId, input, problems);
		if (photos > MAX_PHOTOS) {
			problems.add(new RuleViolationException("activities.photos.too-many", "Photos: " + photos, MAX_PHOTOS));
		}
		return problems;
	}

	/**
	 * Records an activity with its photos and sign-in sheet.
	 * @return its identifier
	 * @throws org.gongkai.platform.ForbiddenException unless a clerk or the disclosure
	 * office of the agency
	 * @throws RuleViolationException for the first problem, or a refused file (nothing is
	 * stored then)
	 */
	@Transactional
	public long record(long agencyId, ActivityInput input, List<IncomingFile> photos, IncomingFile sheet) {
		this.access.requireRecorder(agencyId);
		List<RuleViolationException> problems = new ArrayList<>();
		Activity.Parsed parsed = parse(agencyId, input, problems);
		if (photos.size() > MAX_PHOTOS) {
			problems
				.add(new RuleViolationException("activities.photos.too-many", "Photos: " + photos.size(), MAX_PHOTOS));
		}
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Activity activity = new Activity(agencyId, parsed, ActivitiesAccess.actor(), Instant.now(this.clock));
		for (IncomingFile photo : photos) {
			StoredUpload stored = store(photo, PHOTO, "photos");
			activity.addPhoto(stored.sha256(), stored.mediaType(), stored.fileName(), stored.size());
		}
		if (sheet != null) {
			StoredUpload stored = store(sheet, SHEET, "sheet");
			activity.sheet(stored.sha256(), stored.mediaType(), stored.fileName());
		}
		activity = this.records.save(activity);
		this.audit.record(AuditRecord.of("activities.recorded", "Activity", activity.id())
			.withAgency(agencyId)
			.withAfter(activity.auditSummary()));
		return activity.id();
	}

	/**
	 * Removes an activity recorded by mistake (a wrong day, a duplicate), with the
	 * reason; the audit entry keeps what it said. Only those who may record for its
	 * agency.
	 * @throws NotFoundException if there is none
	 * @throws org.gongkai.platform.ForbiddenException for anyone else
	 * @throws RuleViolationException without a reason, or with one over 500 characters
	 */
	@Transactional
	public void remove(long id, String reason) {
		Activity activity = this.records.findById(id).orElseThrow(() -> new NotFoundException("Activity " + id));
		this.access.requireRecorder(activity.agencyId());
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > 500) {
			throw new RuleViolationException("activities.remove.reason", "Removal without a reason or too long");
		}
		String before = activity.auditSummary();
		this.records.delete(activity);
		this.audit.record(AuditRecord.of("activities.removed", "Activity", id)
			.withAgency(activity.agencyId())
			.withBefore(before)
			.withAfter("removed, reason=" + why));
	}

	private StoredUpload store(IncomingFile file, UploadPolicy policy, String field) {
		try {
			return this.uploads.store(file.content(), file.fileName(), policy);
		}
		catch (RuleViolationException ex) {
			DefaultMessageSourceResolvable reason = new DefaultMessageSourceResolvable(new String[] { ex.messageKey() },
					ex.arguments());
			String name = Uploads.fileName(file.fileName());
			if ("sheet".equals(field)) {
				throw new RuleViolationException("activities.sheet.refused", "Sheet refused: " + ex.getMessage(), name,
						reason);
			}
			throw new RuleViolationException("activities.photos.refused", "Photo refused: " + ex.getMessage(), name,
					reason);
		}
	}

	/**
	 * The activities the agency held from {@code from} to {@code to} (both included),
	 * newest first, of one kind or all ({@code kind} null).
	 * @throws org.gongkai.platform.ForbiddenException unless the user may see the agency
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> list(long agencyId, LocalDate from, LocalDate to, ActivityKind kind) {
		this.access.requireVisible(agencyId);
		return this.records.findByAgencyIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(agencyId, from, to)
			.stream()
			.filter((a) -> kind == null || a.kind() == kind)
			.map(this::view)
			.toList();
	}

	/**
	 * The trainings offices above the agency held from {@code from} to {@code to} that
	 * name it among the agencies attending, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> attended(long agencyId, LocalDate from, LocalDate to) {
		this.access.requireVisible(agencyId);
		return this.records.attendedBy(agencyId, from, to).stream().map(this::view).toList();
	}

	/**
	 * An activity, for those who may see its agency or an agency that attended it.
	 * @throws NotFoundException if there is none
	 * @throws org.gongkai.platform.ForbiddenException for anyone else
	 */
	@Transactional(readOnly = true)
	public ActivityView view(long id) {
		return view(readable(id));
	}

	/**
	 * A photo of an activity, for those who may see the activity.
	 * @throws NotFoundException for no such photo
	 */
	@Transactional(readOnly = true)
	public StoredFile photo(long id, int index) {
		Activity activity = readable(id);
		if (index < 0 || index >= activity.photos().size()) {
			throw new NotFoundException("Photo " + index + " of activity " + id);
		}
		Activity.Photo photo = activity.photos().get(index);
		return new StoredFile(photo.mediaType(), photo.fileName(), this.uploads.open(photo.sha256()));
	}

	/**
	 * The sign-in sheet of an activity, for those who may see the activity.
	 * @throws NotFoundException if it has none
	 */
	@Transactional(readOnly = true)
	public StoredFile sheet(long id) {
		Activity activity = readable(id);
		if (activity.sheetSha256() == null) {
			throw new NotFoundException("Sign-in sheet of activity " + id);
		}
		return new StoredFile(activity.sheetType(), activity.sheetName(), this.uploads.open(activity.sheetSha256()));
	}

	private Activity readable(long id) {
		Activity activity = this.records.findById(id).orElseThrow(() -> new NotFoundException("Activity " + id));
		Set<Long> visible = this.access.visibleIds();
		if (!visible.contains(activity.agencyId()) && activity.attending().stream().noneMatch(visible::contains)) {
			throw new org.gongkai.platform.ForbiddenException("Activity " + id + " not visible");
		}
		return activity;
	}

	ActivityView view(Activity a) {
		List<ActivityView.Photo> photos = new ArrayList<>();
		for (int i = 0; i < a.photos().size(); i++) {
			photos.add(new ActivityView.Photo(i, a.photos().get(i).fileName(), a.photos().get(i).size()));
		}
		List<AgencySummary> attending = a.attending()
			.stream()
			.map(this.access::summary)
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
		return new ActivityView(a.id(), this.access.summary(a.agencyId()), a.kind(), a.title(), a.heldOn(), a.endsOn(),
				a.place(), a.organiser(), a.description(), a.materials(), a.advised(), a.attendees(), a.attendeeList(),
				a.trainer(), a.hours(), photos, a.sheetName(), attending, a.createdBy());
	}

	private Activity.Parsed parse(long agencyId, ActivityInput input, List<RuleViolationException> problems) {
		ActivityKind kind = null;
		try {
			kind = ActivityKind.valueOf(Text.clean(input.kind()));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new RuleViolationException("activities.kind.invalid", "Kind " + input.kind()));
		}
		String title = Text.clean(input.title());
		if (title.isEmpty()) {
			problems.add(new RuleViolationException("activities.title.required", "No title"));
		}
		else if (title.length() > MAX_LINE) {
			problems.add(new RuleViolationException("activities.title.too-long", "Title", MAX_LINE));
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate heldOn = day(input.heldOn());
		LocalDate endsOn = day(input.endsOn());
		if (heldOn == null) {
			problems.add(new RuleViolationException("activities.held-on.invalid", "Held on " + input.heldOn()));
		}
		if (endsOn == null && !Text.clean(input.endsOn()).isEmpty()) {
			problems.add(new RuleViolationException("activities.ends-on.invalid", "Ends on " + input.endsOn()));
		}
		if (heldOn != null) {
			for (String problem : ActivityRules.dateProblems(heldOn, endsOn, today)) {
				problems.add(new RuleViolationException("activities." + problem, "Days: " + problem, today,
						ActivityRules.MAX_DAYS));
			}
		}
		String place = Text.clean(input.place());
		if (place.isEmpty()) {
			problems.add(new RuleViolationException("activities.place.required", "No place"));
		}
		else if (place.length() > MAX_LINE) {
			problems.add(new RuleViolationException("activities.place.too-long", "Place", MAX_LINE));
		}
		String organiser = Text.clean(input.organiser());
		if (organiser.length() > MAX_LINE) {
			problems.add(new RuleViolationException("activities.organiser.too-long", "Organiser", MAX_LINE));
		}
		String description = Text.clean(input.description());
		if (description.length() > MAX_TEXT) {
			problems.add(new RuleViolationException("activities.description.too-long", "Description", MAX_TEXT));
		}
		Integer materials = optionalCount(input.materials(), ActivityRules.MAX_COPIES);
		if (materials == null) {
			problems.add(new RuleViolationException("activities.materials.invalid", "Materials " + input.materials(),
					ActivityRules.MAX_COPIES));
		}
		Integer advised = optionalCount(input.advised(), ActivityRules.MAX_PEOPLE);
		if (advised == null) {
			problems.add(new RuleViolationException("activities.advised.invalid", "Advised " + input.advised(),
					ActivityRules.MAX_PEOPLE));
		}
		boolean training = kind == ActivityKind.TRAINING;
		Integer attendees = optionalCount(input.attendees(), ActivityRules.MAX_PEOPLE);
		if (training && Text.clean(input.attendees()).isEmpty()) {
			problems.add(new RuleViolationException("activities.attendees.required", "No attendees"));
		}
		else if (attendees == null) {
			problems.add(new RuleViolationException("activities.attendees.invalid", "Attendees " + input.attendees(),
					ActivityRules.MAX_PEOPLE));
		}
		String attendeeList = Text.clean(input.attendeeList());
		if (attendeeList.length() > MAX_TEXT) {
			problems.add(new RuleViolationException("activities.attendee-list.too-long", "Attendee list", MAX_TEXT));
		}
		String trainer = Text.clean(input.trainer());
		if (trainer.length() > MAX_TRAINER) {
			problems.add(new RuleViolationException("activities.trainer.too-long", "Trainer", MAX_TRAINER));
		}
		String hoursText = Text.clean(input.hours());
		java.math.BigDecimal hours = hoursText.isEmpty() ? null : ActivityRules.hours(hoursText);
		if (!hoursText.isEmpty() && hours == null) {
			problems.add(new RuleViolationException("activities.hours.invalid", "Hours " + hoursText,
					ActivityRules.MAX_HOURS));
		}
		Set<Long> attending = new LinkedHashSet<>();
		if (!input.attending().isEmpty()) {
			Set<Long> below = this.access.below(agencyId);
			for (String code : input.attending()) {
				Long id = this.access.idOf(Text.clean(code));
				if (id == null || !below.contains(id)) {
					problems.add(new RuleViolationException("activities.attending.invalid", "Attending " + code));
					break;
				}
				attending.add(id);
			}
			if (!training) {
				problems
					.add(new RuleViolationException("activities.attending.training-only", "Attending, not a training"));
			}
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new Activity.Parsed(kind, title, heldOn, endsOn, place, organiser.isEmpty() ? null : organiser,
				description.isEmpty() ? null : description, materials, advised, attendees,
				attendeeList.isEmpty() ? null : attendeeList, trainer.isEmpty() ? null : trainer, hours, attending);
	}

	/** The checked fields of an input without problems (the demo's records). */
	Activity.Parsed parsed(long agencyId, ActivityInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		Activity.Parsed parsed = parse(agencyId, input, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return parsed;
	}

	/** A count as typed, blank as 0; {@code null} when invalid. */
	private static Integer optionalCount(String typed, int max) {
		String text = Text.clean(typed);
		return text.isEmpty() ? Integer.valueOf(0) : ActivityRules.count(text, max);
	}

	private static LocalDate day(String typed) {
		String text = Text.clean(typed);
		if (text.isEmpty() || text.length() > 10) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
