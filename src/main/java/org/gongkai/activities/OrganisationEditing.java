package org.gongkai.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.activities.rules.ActivityRules;
import org.gongkai.activities.rules.PersonLines;
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
 * The organisation of an agency's disclosure work per year: the agency's clerk (or its
 * disclosure office) enters the work body (工作机构), the responsible leader, the leading
 * group and the staff with the document establishing them, or copies last year's in one
 * step; everyone who may see the agency reads it. Audited
 * ({@code activities.organisation-saved}, {@code activities.organisation-copied}); the
 * public guide shows the new organisation at once (the footprint names the agency's
 * pages).
 */
@Service
public class OrganisationEditing {

	/** The most staff of one kind. */
	public static final int MAX_STAFF = 1000;

	/** What an establishing document may be: PDF, DOCX or a scan, at most 10 MB. */
	static final UploadPolicy DOCUMENT = new UploadPolicy(10L * 1024 * 1024,
			Set.of(Uploads.PDF, Uploads.DOCX, Uploads.JPEG, Uploads.PNG), 0);

	private final Organisations organisations;

	private final OrganisationRecords records;

	private final ActivitiesAccess access;

	private final Uploads uploads;

	private final AuditLog audit;

	private final Clock clock;

	OrganisationEditing(Organisations organisations, OrganisationRecords records, ActivitiesAccess access,
			Uploads uploads, AuditLog audit, Clock clock) {
		this.organisations = organisations;
		this.records = records;
		this.access = access;
		this.uploads = uploads;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the signed-in user edits the agency's organisation. */
	public boolean mayEdit(long agencyId) {
		return this.access.mayRecord(agencyId);
	}

	/**
	 * The years an organisation may be entered for: from 2000 to next year.
	 * @throws RuleViolationException ({@code activities.year.invalid}) otherwise
	 */
	public int year(String typed) {
		Integer year = ActivityRules.count(typed, 9999);
		int next = LocalDate.now(this.clock).getYear() + 1;
		if (year == null || year < 2000 || year > next) {
			throw new RuleViolationException("activities.year.invalid", "Year " + typed, String.valueOf(next));
		}
		return year;
	}

	/**
	 * The agency's organisation of the year, for those who may see the agency.
	 * @throws org.gongkai.platform.ForbiddenException for anyone else
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationView> view(long agencyId, int year) {
		this.access.requireVisible(agencyId);
		return this.records.of(agencyId, year);
	}

	/** The years the agency has an organisation for, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.organisations.findByAgencyIdOrderByYearDesc(agencyId).stream().map(Organisation::year).toList();
	}

	/** Everything wrong with the organisation as typed, all at once; empty if nothing. */
	public List<RuleViolationException> problems(OrganisationInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		parse(input, problems);
		return problems;
	}

	/**
	 * Saves the agency's organisation of the year (a new one, or over the one there is),
	 * with the establishing document if one is given.
	 * @throws org.gongkai.platform.ForbiddenException unless a clerk or the office of the
	 * agency
	 * @throws RuleViolationException for the first problem or a refused file; nothing is
	 * stored then
	 */
	@Transactional
	public void save(long agencyId, int year, OrganisationInput input, IncomingFile document) {
		this.access.requireRecorder(agencyId);
		List<RuleViolationException> problems = new ArrayList<>();
		Organisation.Parsed parsed = parse(input, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Optional<Organisation> existing = this.organisations.findByAgencyIdAndYear(agencyId, year);
		String before = existing.map(Organisation::auditSummary).orElse(null);
		Organisation organisation = existing.orElseGet(() -> new Organisation(agencyId, year));
		organisation.set(parsed, ActivitiesAccess.actor(), Instant.now(this.clock));
		if (document != null) {
			StoredUpload stored = store(document);
			organisation.document(stored.sha256(), stored.mediaType(), stored.fileName());
		}
		organisation = this.organisations.saveAndFlush(organisation);
		this.audit.record(AuditRecord.of("activities.organisation-saved", "Organisation", organisation.id())
			.withAgency(agencyId)
			.withBefore(before)
			.withAfter(organisation.auditSummary()));
	}

	/**
	 * Copies the organisation of the year before into the year.
	 * @throws RuleViolationException when the year already has one, or the year before
	 * has none
	 */
	@Transactional
	public void copyLastYear(long agencyId, int year) {
		this.access.requireRecorder(agencyId);
		if (this.organisations.findByAgencyIdAndYear(agencyId, year).isPresent()) {
			throw new RuleViolationException("activities.organisation.exists", "Organisation of " + year,
					String.valueOf(year));
		}
		Organisation last = this.organisations.findByAgencyIdAndYear(agencyId, year - 1)
			.orElseThrow(() -> new RuleViolationException("activities.organisation.no-last-year",
					"No organisation of " + (year - 1), String.valueOf(year - 1)));
		Organisation copy = this.organisations
			.saveAndFlush(last.copyFor(year, ActivitiesAccess.actor(), Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("activities.organisation-copied", "Organisation", copy.id())
			.withAgency(agencyId)
			.withBefore("from=" + last.id())
			.withAfter(copy.auditSummary()));
	}

	/**
	 * The establishing document of the agency's organisation of the year, for those who
	 * may see the agency.
	 * @throws NotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public StoredFile document(long agencyId, int year) {
		this.access.requireVisible(agencyId);
		Organisation o = this.organisations.findByAgencyIdAndYear(agencyId, year)
			.filter((x) -> x.documentSha256() != null)
			.orElseThrow(() -> new NotFoundException("Document of " + agencyId + " " + year));
		return new StoredFile(o.documentType(), o.documentName(), this.uploads.open(o.documentSha256()));
	}

	private StoredUpload store(IncomingFile file) {
		try {
			return this.uploads.store(file.content(), file.fileName(), DOCUMENT);
		}
		catch (RuleViolationException ex) {
			throw new RuleViolationException("activities.document.refused", "Document refused: " + ex.getMessage(),
					Uploads.fileName(file.fileName()),
					new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments()));
		}
	}

	/** The checked fields of an input without problems (the demo's records). */
	static Organisation.Parsed parsed(OrganisationInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		Organisation.Parsed parsed = parse(input, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return parsed;
	}

	private static Organisation.Parsed parse(OrganisationInput input, List<RuleViolationException> problems) {
		String officeName = Text.clean(input.officeName());
		if (officeName.isEmpty()) {
			problems.add(new RuleViolationException("activities.office-name.required", "No office"));
		}
		else if (officeName.length() > Activities.MAX_LINE) {
			problems.add(new RuleViolationException("activities.office-name.too-long", "Office", Activities.MAX_LINE));
		}
		String officePhone = Text.clean(input.officePhone());
		if (officePhone.length() > 50) {
			problems.add(new RuleViolationException("activities.office-phone.too-long", "Phone", 50));
		}
		String leaderName = Text.clean(input.leaderName());
		if (leaderName.isEmpty()) {
			problems.add(new RuleViolationException("activities.leader-name.required", "No leader"));
		}
		else if (leaderName.length() > PersonLines.MAX_NAME) {
			problems.add(new RuleViolationException("activities.leader-name.too-long", "Leader", PersonLines.MAX_NAME));
		}
		String leaderPost = Text.clean(input.leaderPost());
		if (leaderPost.isEmpty()) {
			problems.add(new RuleViolationException("activities.leader-post.required", "No leader post"));
		}
		else if (leaderPost.length() > PersonLines.MAX_POST) {
			problems.add(
					new RuleViolationException("activities.leader-post.too-long", "Leader post", PersonLines.MAX_POST));
		}
		List<GroupMember> group = new ArrayList<>();
		PersonLines.Result leader = PersonLines.read(input.groupLeader());
		if (!leader.ok()) {
			problems.add(new RuleViolationException("activities.group-leader.invalid", "Group leader",
					PersonLines.MAX_NAME, PersonLines.MAX_POST));
		}
		else if (leader.people().isEmpty()) {
			problems.add(new RuleViolationException("activities.group-leader.required", "No group leader"));
		}
		else if (leader.people().size() > 1) {
			problems.add(new RuleViolationException("activities.group-leader.one", "Several group leaders"));
		}
		else {
			leader.people().forEach((p) -> group.add(new GroupMember(GroupRole.LEADER, p.name(), p.post())));
		}
		PersonLines.Result deputies = PersonLines.read(input.deputies());
		if (!deputies.ok()) {
			problems.add(new RuleViolationException("activities.deputies.invalid", "Deputies", deputies.badLine(),
					PersonLines.MAX_NAME, PersonLines.MAX_POST, PersonLines.MAX_LINES));
		}
		deputies.people().forEach((p) -> group.add(new GroupMember(GroupRole.DEPUTY, p.name(), p.post())));
		PersonLines.Result members = PersonLines.read(input.members());
		if (!members.ok()) {
			problems.add(new RuleViolationException("activities.members.invalid", "Members", members.badLine(),
					PersonLines.MAX_NAME, PersonLines.MAX_POST, PersonLines.MAX_LINES));
		}
		members.people().forEach((p) -> group.add(new GroupMember(GroupRole.MEMBER, p.name(), p.post())));
		Integer fullTime = ActivityRules.count(input.fullTime(), MAX_STAFF);
		if (fullTime == null) {
			problems.add(new RuleViolationException("activities.full-time.invalid", "Full time " + input.fullTime(),
					MAX_STAFF));
		}
		Integer partTime = ActivityRules.count(input.partTime(), MAX_STAFF);
		if (partTime == null) {
			problems.add(new RuleViolationException("activities.part-time.invalid", "Part time " + input.partTime(),
					MAX_STAFF));
		}
		String fullTimeNames = Text.clean(input.fullTimeNames());
		if (fullTimeNames.length() > Activities.MAX_TEXT) {
			problems.add(new RuleViolationException("activities.full-time-names.too-long", "Full-time names",
					Activities.MAX_TEXT));
		}
		String partTimeNames = Text.clean(input.partTimeNames());
		if (partTimeNames.length() > Activities.MAX_TEXT) {
			problems.add(new RuleViolationException("activities.part-time-names.too-long", "Part-time names",
					Activities.MAX_TEXT));
		}
		String documentNo = Text.clean(input.documentNo());
		if (documentNo.length() > Activities.MAX_LINE) {
			problems
				.add(new RuleViolationException("activities.document-no.too-long", "Document no", Activities.MAX_LINE));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new Organisation.Parsed(officeName, officePhone.isEmpty() ? null : officePhone, leaderName, leaderPost,
				group, fullTime, partTime, fullTimeNames.isEmpty() ? null : fullTimeNames,
				partTimeNames.isEmpty() ? null : partTimeNames, documentNo.isEmpty() ? null : documentNo);
	}

}
