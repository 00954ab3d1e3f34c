package org.gongkai.powers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.powers.rules.ImportMatching;
import org.gongkai.powers.rules.ListChanges;
import org.gongkai.powers.rules.SupervisionPhone;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's power and responsibility list (权力清单和责任清单; docs/legal-rules.md, Power lists)
 * in versions: the agency's clerks edit the working copy (powers added, changed and
 * removed one by one, or the whole list replaced by an XLSX import, whole or not at all)
 * and submit it; the agency's reviewer publishes it as the next version (第N版) with
 * today's date, or returns it with a note. A working copy starts as a copy of the current
 * version. The change note of each version is computed against the version before it.
 * Every step is audited; every command and staff query checks the signed-in user's role
 * for the agency on the server (a disclosure office reads the agencies under it).
 */
@Service
public class PowerLists {

	static final int MAX_NAME = 200;

	static final int MAX_UNIT = 200;

	static final int MAX_CODE = 50;

	static final int MAX_TEXT = 4_000;

	static final int MAX_SUPERVISION = 1_000;

	static final int MAX_NOTE = 1_000;

	private static final String SYSTEM = "system";

	private final PowerListVersions versions;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final Clock clock;

	PowerLists(PowerListVersions versions, AgencyAccess access, AuditLog audit, Clock clock) {
		this.versions = versions;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	// Checks

	/**
	 * Everything wrong with a power on its own, each naming its field; empty when it can
	 * be saved.
	 */
	public List<RuleViolationException> problems(PowerInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		if (PowerType.of(input.type()) == null) {
			problems.add(new RuleViolationException("powers.type.invalid", "Type invalid"));
		}
		String code = Text.clean(input.code()).strip();
		if (code.length() > MAX_CODE || !code.matches("[A-Za-z0-9._-]*")) {
			problems.add(new RuleViolationException("powers.code.invalid", "Code invalid", MAX_CODE));
		}
		required(input.name(), "name", MAX_NAME, problems);
		required(input.legalBasis(), "legal-basis", MAX_TEXT, problems);
		required(input.unit(), "unit", MAX_UNIT, problems);
		optional(input.process(), "process", MAX_TEXT, problems);
		required(input.duties(), "duties", MAX_TEXT, problems);
		required(input.accountability(), "accountability", MAX_TEXT, problems);
		optional(input.supervision(), "supervision", MAX_SUPERVISION, problems);
		if (!SupervisionPhone.valid(Text.clean(input.phone()))) {
			problems
				.add(new RuleViolationException("powers.phone.invalid", "Phone invalid", SupervisionPhone.MAX_LENGTH));
		}
		return problems;
	}

	/**
	 * Everything wrong with a power in the agency's working copy: its own problems, and a
	 * code or a type and name another power of the list already has.
	 * @param key the power being changed, or {@code null} for a new one
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> problems(long agencyId, String key, PowerInput input) {
		List<RuleViolationException> problems = problems(input);
		List<PowerItem> others = this.versions.findByAgencyIdAndNumberIsNull(agencyId)
			.map(PowerListVersion::items)
			.orElseGet(() -> current(agencyId).map(PowerListVersion::items).orElse(List.of()))
			.stream()
			.filter((item) -> !item.key().equals(key))
			.toList();
		duplicates(input, others, problems);
		return problems;
	}

	private static void duplicates(PowerInput input, List<PowerItem> others, List<RuleViolationException> problems) {
		String code = Text.clean(input.code()).strip();
		if (!code.isEmpty() && others.stream().anyMatch((o) -> o.code().equals(code))) {
			problems.add(new RuleViolationException("powers.code.duplicate", "Code twice", code));
		}
		PowerType type = PowerType.of(input.type());
		String name = Text.clean(input.name()).strip();
		if (type != null && others.stream().anyMatch((o) -> o.type() == type && o.name().equals(name))) {
			problems.add(new RuleViolationException("powers.name.duplicate", "Name twice", name));
		}
	}

	private static void required(String value, String field, int max, List<RuleViolationException> problems) {
		String text = Text.clean(value).strip();
		if (text.isEmpty()) {
			problems.add(new RuleViolationException("powers." + field + ".missing", field + " missing"));
		}
		else if (text.length() > max) {
			problems.add(new RuleViolationException("powers." + field + ".too-long", field + " too long", max));
		}
	}

	private static void optional(String value, String field, int max, List<RuleViolationException> problems) {
		if (Text.clean(value).strip().length() > max) {
			problems.add(new RuleViolationException("powers." + field + ".too-long", field + " too long", max));
		}
	}

	/** Whether the signed-in user edits the agency's list (its clerk). */
	public boolean mayDraft(long agencyId) {
		return has(Role.CLERK, agencyId);
	}

	/** Whether the signed-in user publishes the agency's list (its reviewer). */
	public boolean mayReview(long agencyId) {
		return has(Role.REVIEWER, agencyId);
	}

	private static boolean has(Role role, long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.has(role, agencyId);
	}

	// The working copy

	/** The agency's working copy, if any, for those who may see the agency. */
	@Transactional(readOnly = true)
	public Optional<VersionView> workingCopy(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.versions.findByAgencyIdAndNumberIsNull(agencyId).map(this::view);
	}

	/**
	 * Starts the working copy from the current version (nothing happens if there is one
	 * already).
	 */
	@Transactional
	public void start(long agencyId) {
		this.access.require(Role.CLERK, agencyId);
		if (this.versions.findByAgencyIdAndNumberIsNull(agencyId).isEmpty()) {
			draft(agencyId, actor());
		}
	}

	/**
	 * Adds a power to the working copy (started from the current version if there is
	 * none). @return its key
	 */
	@Transactional
	public String add(long agencyId, PowerInput input) {
		this.access.require(Role.CLERK, agencyId);
		valid(agencyId, null, input);
		PowerListVersion draft = draft(agencyId, actor());
		if (draft.items().size() >= PowerFile.MAX_ROWS) {
			throw new RuleViolationException("powers.list.too-many", "List full", PowerFile.MAX_ROWS);
		}
		PowerItem item = item(UUID.randomUUID().toString(), input);
		draft.items().add(item);
		record("powers.power.added", draft, null, summary(item), actor());
		return item.key();
	}

	/** Changes a power of the working copy. */
	@Transactional
	public void update(long agencyId, String key, PowerInput input) {
		this.access.require(Role.CLERK, agencyId);
		PowerListVersion draft = draft(agencyId, actor());
		int index = indexOf(draft, key);
		valid(agencyId, key, input);
		PowerItem before = draft.items().get(index);
		PowerItem after = item(key, input);
		draft.items().set(index, after);
		record("powers.power.updated", draft, summary(before), summary(after), actor());
	}

	/** Removes a power from the working copy. */
	@Transactional
	public void remove(long agencyId, String key) {
		this.access.require(Role.CLERK, agencyId);
		PowerListVersion draft = draft(agencyId, actor());
		PowerItem removed = draft.items().remove(indexOf(draft, key));
		record("powers.power.removed", draft, summary(removed), null, actor());
	}

	/** A power of the working copy, for its form. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public PowerView power(long agencyId, String key) {
		this.access.requireVisible(agencyId);
		PowerListVersion draft = this.versions.findByAgencyIdAndNumberIsNull(agencyId)
			.orElseThrow(() -> new NotFoundException("No working copy of " + agencyId));
		return draft.items().get(indexOf(draft, key)).view();
	}

	/**
	 * Replaces the working copy's powers by those of an XLSX list (see
	 * {@link PowerFile}): every row is checked as the form checks a power, codes and
	 * types with names must not repeat, and nothing is stored unless every row is right.
	 * Rows continue the powers of the same code, or else type and name, so the change
	 * note stays meaningful. @return how many powers were imported
	 * @throws PowerImportRefused with every problem found
	 */
	@Transactional
	public int importList(long agencyId, byte[] file) {
		this.access.require(Role.CLERK, agencyId);
		List<PowerFile.Line> lines;
		try {
			lines = PowerFile.read(file);
		}
		catch (PowerFile.Refused ex) {
			throw new PowerImportRefused(List.of(new PowerImportRefused.Problem(0,
					new RuleViolationException(ex.key(), "Power list refused", ex.arguments()))));
		}
		List<PowerImportRefused.Problem> problems = new ArrayList<>();
		List<PowerInput> inputs = new ArrayList<>();
		List<PowerItem> seen = new ArrayList<>();
		for (PowerFile.Line line : lines) {
			if (line.formula()) {
				problems.add(new PowerImportRefused.Problem(line.row(),
						new RuleViolationException("powers.import.formula", "Formula")));
				continue;
			}
			List<RuleViolationException> found = problems(line.input());
			duplicates(line.input(), seen, found);
			found.forEach((p) -> problems.add(new PowerImportRefused.Problem(line.row(), p)));
			if (found.isEmpty()) {
				inputs.add(line.input());
				seen.add(item("", line.input()));
			}
		}
		if (!problems.isEmpty()) {
			throw new PowerImportRefused(problems);
		}
		PowerListVersion draft = draft(agencyId, actor());
		int before = draft.items().size();
		replace(draft, inputs);
		record("powers.list.imported", draft, before + " powers", inputs.size() + " powers", actor());
		return inputs.size();
	}

	private void replace(PowerListVersion draft, List<PowerInput> inputs) {
		List<ImportMatching.Power> existing = draft.items()
			.stream()
			.map((i) -> new ImportMatching.Power(i.key(), i.code(), i.type().name(), i.name()))
			.toList();
		List<ImportMatching.Power> rows = inputs.stream()
			.map((i) -> new ImportMatching.Power(null, Text.clean(i.code()).strip(), PowerType.of(i.type()).name(),
					Text.clean(i.name()).strip()))
			.toList();
		List<String> keys = ImportMatching.keys(existing, rows);
		List<PowerItem> items = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			String key = keys.get(i);
			items.add(item((key != null) ? key : UUID.randomUUID().toString(), inputs.get(i)));
		}
		draft.replaceItems(items);
	}

	/** The clerk submits the working copy for review, with an optional note. */
	@Transactional
	public void submit(long agencyId, String remark) {
		this.access.require(Role.CLERK, agencyId);
		PowerListVersion draft = this.versions.findByAgencyIdAndNumberIsNull(agencyId)
			.orElseThrow(() -> new RuleViolationException("powers.list.none", "No working copy"));
		submitAs(draft, remark, actor());
	}

	void submitAs(PowerListVersion draft, String remark, String actor) {
		requireStatus(draft, ListStatus.DRAFT);
		String note = Text.clean(remark).strip();
		if (note.length() > MAX_NOTE) {
			throw new RuleViolationException("powers.remark.too-long", "Remark too long", MAX_NOTE);
		}
		if (draft.items().isEmpty()) {
			throw new RuleViolationException("powers.list.empty", "Empty list");
		}
		if (changes(draft).none()) {
			throw new RuleViolationException("powers.list.unchanged", "Nothing changed");
		}
		draft.submit(note);
		record("powers.list.submitted", draft, ListStatus.DRAFT.name(), draft.items().size() + " powers", actor);
	}

	/** The reviewer publishes the submitted working copy as the next version, today. */
	@Transactional
	public int publish(long agencyId) {
		this.access.require(Role.REVIEWER, agencyId);
		PowerListVersion draft = this.versions.findByAgencyIdAndNumberIsNull(agencyId)
			.orElseThrow(() -> new RuleViolationException("powers.list.none", "No working copy"));
		return publishAs(draft, LocalDate.now(this.clock), actor());
	}

	int publishAs(PowerListVersion draft, LocalDate on, String actor) {
		requireStatus(draft, ListStatus.IN_REVIEW);
		int number = current(draft.agencyId()).map(PowerListVersion::number).orElse(0) + 1;
		ChangeNote changes = changes(draft);
		draft.publish(number, on, actor);
		record("powers.list.published", draft, ListStatus.IN_REVIEW.name(),
				"v" + number + " " + on + ": " + draft.items().size() + " powers, +" + changes.added().size() + " ~"
						+ changes.changed().size() + " -" + changes.removed().size(),
				actor);
		return number;
	}

	/** The reviewer returns the submitted working copy to the clerks with a note. */
	@Transactional
	public void returnToDraft(long agencyId, String note) {
		this.access.require(Role.REVIEWER, agencyId);
		PowerListVersion draft = this.versions.findByAgencyIdAndNumberIsNull(agencyId)
			.orElseThrow(() -> new RuleViolationException("powers.list.none", "No working copy"));
		requireStatus(draft, ListStatus.IN_REVIEW);
		String text = Text.clean(note).strip();
		if (text.isEmpty() || text.length() > MAX_NOTE) {
			throw new RuleViolationException("powers.note.invalid", "Return note missing or too long");
		}
		draft.returnToDraft(text);
		record("powers.list.returned", draft, ListStatus.IN_REVIEW.name(), text, actor());
	}

	/** How many working copies of these agencies wait for review. */
	@Transactional(readOnly = true)
	public long inReview(Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return 0;
		}
		return this.versions.countByAgencyIdInAndStatus(agencyIds, ListStatus.IN_REVIEW.name());
	}

	// Published versions (public)

	/** The agency's current version (the newest published), if any. */
	@Transactional(readOnly = true)
	public Optional<VersionView> currentVersion(long agencyId) {
		return current(agencyId).map(this::view);
	}

	/** A published version of the agency. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public VersionView version(long agencyId, int number) {
		return this.versions.findByAgencyIdAndNumber(agencyId, number)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("Power list " + agencyId + " v" + number));
	}

	/** The agency's published versions, newest first. */
	@Transactional(readOnly = true)
	public List<VersionSummary> versions(long agencyId) {
		return this.versions.findByAgencyIdAndNumberIsNotNullOrderByNumberDesc(agencyId).stream().map((v) -> {
			ChangeNote note = changes(v);
			return new VersionSummary(v.number(), v.publishedOn(), v.items().size(), note.added().size(),
					note.changed().size(), note.removed().size());
		}).toList();
	}

	// Internals

	private Optional<PowerListVersion> current(long agencyId) {
		return this.versions.findFirstByAgencyIdAndNumberIsNotNullOrderByNumberDesc(agencyId);
	}

	/** The version a version is compared with. */
	private Optional<PowerListVersion> previous(PowerListVersion version) {
		if (version.number() == null) {
			return current(version.agencyId());
		}
		return this.versions.findFirstByAgencyIdAndNumberLessThanOrderByNumberDesc(version.agencyId(),
				version.number());
	}

	ChangeNote changes(PowerListVersion version) {
		Optional<PowerListVersion> previous = previous(version);
		ListChanges.Changes changes = ListChanges
			.compare(entries(previous.map(PowerListVersion::items).orElse(List.of())), entries(version.items()));
		return new ChangeNote(previous.isEmpty(), previous.map(PowerListVersion::number).orElse(null), changes.added(),
				changes.changed()
					.stream()
					.map((c) -> new ChangeNote.ChangedPower(c.name(), c.previousName(), c.fields()))
					.toList(),
				changes.removed());
	}

	private static List<ListChanges.Entry> entries(List<PowerItem> items) {
		return items.stream().map((i) -> new ListChanges.Entry(i.key(), i.name(), i.fields())).toList();
	}

	private VersionView view(PowerListVersion version) {
		return new VersionView(version.id(), version.agencyId(), version.number(), version.status(),
				version.publishedOn(), version.remark(), version.reviewNote(),
				version.items().stream().map(PowerItem::view).toList(), changes(version));
	}

	/** The working copy, started from the current version when there is none. */
	PowerListVersion draft(long agencyId, String actor) {
		Optional<PowerListVersion> existing = this.versions.findByAgencyIdAndNumberIsNull(agencyId);
		if (existing.isPresent()) {
			requireStatus(existing.get(), ListStatus.DRAFT);
			return existing.get();
		}
		List<PowerItem> items = current(agencyId).map((c) -> c.items().stream().map(PowerItem::copy).toList())
			.orElse(List.of());
		PowerListVersion draft = this.versions
			.save(new PowerListVersion(agencyId, new ArrayList<>(items), actor, this.clock.instant()));
		record("powers.list.started", draft, null, items.size() + " powers", actor);
		return draft;
	}

	/** Replaces the working copy (started if needed) by these powers; for the demo. */
	PowerListVersion replaceAs(long agencyId, List<PowerInput> inputs, String actor) {
		for (PowerInput input : inputs) {
			if (!problems(input).isEmpty()) {
				throw problems(input).get(0);
			}
		}
		PowerListVersion draft = draft(agencyId, actor);
		replace(draft, inputs);
		record("powers.list.imported", draft, null, inputs.size() + " powers", actor);
		return draft;
	}

	boolean hasAny(long agencyId) {
		return this.versions.findByAgencyIdAndNumberIsNull(agencyId).isPresent() || current(agencyId).isPresent();
	}

	private static int indexOf(PowerListVersion draft, String key) {
		for (int i = 0; i < draft.items().size(); i++) {
			if (draft.items().get(i).key().equals(key)) {
				return i;
			}
		}
		throw new NotFoundException("Power " + key);
	}

	private void valid(long agencyId, String key, PowerInput input) {
		List<RuleViolationException> problems = problems(agencyId, key, input);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private static void requireStatus(PowerListVersion version, ListStatus status) {
		if (version.status() != status) {
			throw new RuleViolationException("powers.status." + status.name().toLowerCase(Locale.ROOT),
					"Working copy is " + version.status());
		}
	}

	private static PowerItem item(String key, PowerInput input) {
		return new PowerItem(key, PowerType.of(input.type()), blankToNull(input.code()),
				Text.clean(input.name()).strip(), Text.clean(input.legalBasis()).strip(),
				Text.clean(input.unit()).strip(), blankToNull(input.process()), Text.clean(input.duties()).strip(),
				Text.clean(input.accountability()).strip(), blankToNull(input.supervision()),
				Text.clean(input.phone()).strip());
	}

	private static String blankToNull(String text) {
		String plain = Text.clean(text).strip();
		return plain.isEmpty() ? null : plain;
	}

	private static String summary(PowerItem item) {
		return item.type() + " " + item.code() + " " + item.name();
	}

	private static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : SYSTEM;
	}

	private void record(String action, PowerListVersion version, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, "PowerList", version.id())
			.withAgency(version.agencyId())
			.withBefore(before)
			.withAfter(after)
			.withActor(actor));
	}

}
