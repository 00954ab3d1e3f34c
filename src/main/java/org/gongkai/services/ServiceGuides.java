package org.gongkai.services;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.account.Role;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.Text;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;
import org.gongkai.services.rules.GuideElements;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service items (办事事项) and their guides (docs/legal-rules.md, Service guides): the
 * agency's clerk drafts an item with the ten elements and uploads its forms (DOCX, XLSX
 * or PDF, checked by content, at most {@value #MAX_FORMS} of {@value #MAX_FORM_MEGABYTES}
 * MB each); the reviewer publishes it or withdraws it to a draft; every step is audited
 * and checks the signed-in user's role for the agency. The public reads published items
 * only; {@link #incompleteOf} is the inspection's system reading.
 */
@Service
public class ServiceGuides {

	static final int MAX_NAME = 200;

	static final int MAX_TEXT = 4_000;

	static final int MAX_SHORT = 1_000;

	static final int MAX_PHONE = 100;

	static final int MAX_DAYS = 3_650;

	static final int MAX_FORMS = 10;

	static final int MAX_FORM_MEGABYTES = 10;

	/** The forms accepted: Word, Excel and PDF, by content. */
	static final UploadPolicy FORM_POLICY = new UploadPolicy(MAX_FORM_MEGABYTES * 1024L * 1024L,
			Set.of(Uploads.DOCX, Uploads.XLSX, Uploads.PDF), 0);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ServiceItemRows items;

	private final ServicePointRows points;

	private final ServiceAccess access;

	private final Uploads uploads;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	ServiceGuides(ServiceItemRows items, ServicePointRows points, ServiceAccess access, Uploads uploads, AuditLog audit,
			MessageSource messages, Clock clock) {
		this.items = items;
		this.points = points;
		this.access = access;
		this.uploads = uploads;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Everything wrong with the input, each naming its field; empty when it can be saved.
	 */
	public List<RuleViolationException> problems(ServiceItemInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		String name = Text.clean(input.name());
		if (name.isEmpty()) {
			problems.add(new RuleViolationException("services.name.missing", "No item name"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new RuleViolationException("services.name.too-long", "Name too long", MAX_NAME));
		}
		length(input.basis(), "basis", MAX_TEXT, problems);
		length(input.conditions(), "conditions", MAX_TEXT, problems);
		length(input.materials(), "materials", MAX_TEXT, problems);
		length(input.process(), "process", MAX_TEXT, problems);
		Integer legal = days(input.legalDays(), "legal-days", problems);
		Integer promised = days(input.promisedDays(), "promised-days", problems);
		if (legal != null && promised != null && promised > legal) {
			problems.add(new RuleViolationException("services.promised-days.over-legal", "Promised over legal"));
		}
		length(input.fees(), "fees", MAX_SHORT, problems);
		length(input.placeAndHours(), "place-and-hours", MAX_SHORT, problems);
		length(input.consultPhone(), "consult-phone", MAX_PHONE, problems);
		length(input.supervisionPhone(), "supervision-phone", MAX_PHONE, problems);
		return problems;
	}

	/** Saves a new item of the agency as a draft (its clerk). @return its id */
	@Transactional
	public long create(long agencyId, ServiceItemInput input) {
		this.access.requireClerk(agencyId);
		return createAs(agencyId, input, ServiceAccess.actor());
	}

	long createAs(long agencyId, ServiceItemInput input, String actor) {
		valid(input);
		ServiceItem item = new ServiceItem(agencyId, actor, this.clock.instant());
		fill(item, input);
		item = this.items.save(item);
		record("services.item.created", item, null, item.name(), actor);
		return item.id();
	}

	/**
	 * Changes an item's elements (its agency's clerk; a published item stays published).
	 */
	@Transactional
	public void update(long id, ServiceItemInput input) {
		ServiceItem item = find(id);
		this.access.requireClerk(item.agencyId());
		valid(input);
		String before = summary(item);
		fill(item, input);
		record("services.item.updated", item, before, summary(item), ServiceAccess.actor());
	}

	/**
	 * Adds a form for download (its agency's clerk).
	 * @throws RuleViolationException when the file is empty, too large, not DOCX, XLSX or
	 * PDF by its content, or the item has {@value #MAX_FORMS} forms already; nothing is
	 * stored then
	 */
	@Transactional
	public void addForm(long id, InputStream content, String fileName) {
		ServiceItem item = find(id);
		this.access.requireClerk(item.agencyId());
		addFormAs(item, content, fileName, ServiceAccess.actor());
	}

	void addFormAs(ServiceItem item, InputStream content, String fileName, String actor) {
		if (item.forms().size() >= MAX_FORMS) {
			throw new RuleViolationException("services.forms.too-many", "Too many forms", MAX_FORMS);
		}
		StoredUpload stored = this.uploads.store(content, fileName, FORM_POLICY);
		item.forms().add(new ServiceForm(stored.fileName(), stored.sha256(), stored.mediaType(), stored.size()));
		record("services.item.form-added", item, null, stored.fileName() + " " + stored.sha256(), actor);
	}

	/** Removes a form (its agency's clerk). @throws NotFoundException if none there */
	@Transactional
	public void removeForm(long id, int position) {
		ServiceItem item = find(id);
		this.access.requireClerk(item.agencyId());
		if (position < 0 || position >= item.forms().size()) {
			throw new NotFoundException("Form " + position + " of item " + id);
		}
		ServiceForm removed = item.forms().remove(position);
		record("services.item.form-removed", item, removed.fileName() + " " + removed.sha256(), null,
				ServiceAccess.actor());
	}

	/** The reviewer publishes a draft (today, in the configured zone). */
	@Transactional
	public void publish(long id) {
		ServiceItem item = find(id);
		this.access.requireReviewer(item.agencyId());
		publishAs(item, LocalDate.now(this.clock), ServiceAccess.actor());
	}

	void publishAs(ServiceItem item, LocalDate on, String actor) {
		requireStatus(item, ServiceStatus.DRAFT);
		item.moveTo(ServiceStatus.PUBLISHED, on);
		record("services.item.published", item, ServiceStatus.DRAFT.name(),
				ServiceStatus.PUBLISHED.name() + " " + on + ", missing " + missing(item), actor);
	}

	/** The reviewer withdraws a published item to a draft (off the public pages). */
	@Transactional
	public void withdraw(long id) {
		ServiceItem item = find(id);
		this.access.requireReviewer(item.agencyId());
		requireStatus(item, ServiceStatus.PUBLISHED);
		item.moveTo(ServiceStatus.DRAFT, null);
		record("services.item.withdrawn", item, ServiceStatus.PUBLISHED.name(), ServiceStatus.DRAFT.name(),
				ServiceAccess.actor());
	}

	/** An item the signed-in user may see. */
	@Transactional(readOnly = true)
	public ServiceItemView view(long id) {
		ServiceItem item = find(id);
		this.access.requireVisible(item.agencyId());
		return view(item, false);
	}

	/** The input a form starts from when editing. */
	@Transactional(readOnly = true)
	public ServiceItemInput input(long id) {
		ServiceItemView v = view(id);
		return new ServiceItemInput(v.name(), v.basis(), v.conditions(), v.materials(), v.process(),
				(v.legalDays() != null) ? String.valueOf(v.legalDays()) : "",
				(v.promisedDays() != null) ? String.valueOf(v.promisedDays()) : "", v.fees(), v.placeAndHours(),
				v.consultPhone(), v.supervisionPhone(), v.noForms());
	}

	/** The agency's items, for its staff. */
	@Transactional(readOnly = true)
	public List<ServiceItemView> ofAgency(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.items.findByAgencyIdOrderByIdAsc(agencyId).stream().map((i) -> view(i, false)).toList();
	}

	/** Whether the signed-in user drafts for the agency. */
	public boolean mayDraft(long agencyId) {
		return this.access.has(Role.CLERK, agencyId);
	}

	/** Whether the signed-in user publishes for the agency. */
	public boolean mayReview(long agencyId) {
		return this.access.has(Role.REVIEWER, agencyId);
	}

	/** The agency's published items; for the public. */
	@Transactional(readOnly = true)
	public List<ServiceItemView> published(long agencyId) {
		return this.items.findByAgencyIdAndStatusOrderByIdAsc(agencyId, ServiceStatus.PUBLISHED.name())
			.stream()
			.map((i) -> view(i, true))
			.toList();
	}

	/**
	 * A published item of the agency; for the public. @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public ServiceItemView publicItem(long agencyId, long id) {
		ServiceItem item = this.items.findById(id)
			.filter((i) -> i.agencyId() == agencyId && i.status() == ServiceStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Service item " + id + " of agency " + agencyId));
		return view(item, true);
	}

	/**
	 * A form of a published item, opened for download; for the public. The caller closes
	 * the stream. @throws NotFoundException when there is no such item or form
	 */
	@Transactional(readOnly = true)
	public OpenForm openPublicForm(long agencyId, long id, int position) {
		ServiceItemView item = publicItem(agencyId, id);
		ServiceItem row = find(item.id());
		if (position < 0 || position >= row.forms().size()) {
			throw new NotFoundException("Form " + position + " of item " + id);
		}
		ServiceForm form = row.forms().get(position);
		return new OpenForm(form.fileName(), form.mediaType(), form.size(), this.uploads.open(form.sha256()));
	}

	/**
	 * A form opened for download.
	 *
	 * @param fileName the name to offer
	 * @param mediaType its type
	 * @param size its size in bytes
	 * @param content the bytes; the caller closes it
	 */
	public record OpenForm(String fileName, String mediaType, long size, InputStream content) {

	}

	/**
	 * The agency's published items whose guides miss elements: a system reading (no
	 * signed-in user) for the inspection.
	 */
	@Transactional(readOnly = true)
	public List<IncompleteGuide> incompleteOf(long agencyId) {
		return this.items.findByAgencyIdAndStatusOrderByIdAsc(agencyId, ServiceStatus.PUBLISHED.name())
			.stream()
			.map((i) -> view(i, true))
			.filter((v) -> !v.complete())
			.map((v) -> new IncompleteGuide(v.id(), v.agencyId(), v.name(), v.missing()))
			.toList();
	}

	ServiceItemView view(ServiceItem item, boolean publicOnly) {
		List<ServicePoint> offering = this.points.findByAgencyIdOrderByIdAsc(item.agencyId())
			.stream()
			.filter((p) -> p.itemIds().contains(item.id()))
			.toList();
		List<ServicePointView> pointViews = offering.stream()
			.map((p) -> new ServicePointView(p.id(), p.agencyId(), p.villageId(), null, p.name(), p.address(),
					p.hours(), p.phone(), List.of()))
			.toList();
		List<ServiceFormView> forms = new ArrayList<>();
		for (int i = 0; i < item.forms().size(); i++) {
			ServiceForm f = item.forms().get(i);
			forms.add(new ServiceFormView(i, f.fileName(), f.mediaType(), f.size()));
		}
		List<String> missing = GuideElements.missing(guide(item, offering))
			.stream()
			.map((e) -> this.messages.getMessage("services.element." + e.name(), null, CHINESE))
			.toList();
		return new ServiceItemView(item.id(), item.agencyId(), item.name(), item.basis(), item.conditions(),
				item.materials(), item.process(), item.legalDays(), item.promisedDays(), item.fees(),
				item.placeAndHours(), item.consultPhone(), item.supervisionPhone(), item.noForms(), forms, pointViews,
				item.status(), item.publishedOn(), missing);
	}

	static GuideElements.Guide guide(ServiceItem item, Collection<ServicePoint> offering) {
		int withPlace = (int) offering.stream()
			.filter((p) -> GuideElements.stated(p.address()) && GuideElements.stated(p.hours()))
			.count();
		return new GuideElements.Guide(item.name(), item.basis(), item.conditions(), item.materials(), item.process(),
				item.legalDays(), item.promisedDays(), item.fees(), item.placeAndHours(), withPlace,
				item.consultPhone(), item.supervisionPhone(), item.forms().size(), item.noForms());
	}

	ServiceItem find(long id) {
		return this.items.findById(id).orElseThrow(() -> new NotFoundException("Service item " + id));
	}

	private String missing(ServiceItem item) {
		List<ServicePoint> offering = this.points.findByAgencyIdOrderByIdAsc(item.agencyId())
			.stream()
			.filter((p) -> p.itemIds().contains(item.id()))
			.toList();
		return GuideElements.missing(guide(item, offering)).toString();
	}

	private static void requireStatus(ServiceItem item, ServiceStatus status) {
		if (item.status() != status) {
			throw new RuleViolationException("services.status.wrong", "Item " + item.id() + " is " + item.status());
		}
	}

	private static void length(String value, String field, int max, List<RuleViolationException> problems) {
		if (Text.clean(value).length() > max) {
			problems.add(new RuleViolationException("services." + field + ".too-long", field + " too long",
					String.valueOf(max)));
		}
	}

	private static Integer days(String text, String field, List<RuleViolationException> problems) {
		String plain = Text.clean(text);
		if (plain.isEmpty()) {
			return null;
		}
		if (plain.matches("[0-9]{1,4}") && Integer.parseInt(plain) <= MAX_DAYS) {
			return Integer.parseInt(plain);
		}
		problems.add(new RuleViolationException("services." + field + ".invalid", field + " invalid",
				String.valueOf(MAX_DAYS)));
		return null;
	}

	private void valid(ServiceItemInput input) {
		List<RuleViolationException> problems = problems(input);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private static void fill(ServiceItem item, ServiceItemInput input) {
		List<RuleViolationException> ignored = new ArrayList<>();
		item.fill(Text.clean(input.name()), blankToNull(input.basis()), blankToNull(input.conditions()),
				blankToNull(input.materials()), blankToNull(input.process()), days(input.legalDays(), "", ignored),
				days(input.promisedDays(), "", ignored), blankToNull(input.fees()), blankToNull(input.placeAndHours()),
				blankToNull(input.consultPhone()), blankToNull(input.supervisionPhone()), input.noForms());
	}

	private static String blankToNull(String text) {
		String clean = Text.clean(text);
		return clean.isEmpty() ? null : clean;
	}

	private static String summary(ServiceItem item) {
		return item.name() + " " + item.status();
	}

	void record(String action, ServiceItem item, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, "ServiceItem", item.id())
			.withAgency(item.agencyId())
			.withBefore(before)
			.withAfter(after)
			.withActor(actor));
	}

}
