package org.gongkai.services;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.services.rules.GuideElements;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service points of an agency (docs/legal-rules.md, Service guides): its own 为民服务中心
 * and the 便民服务站 (代办点) of each of its villages, with name, address, hours, phone and the
 * agency's items handled there (a township's item can be offered at its villages'
 * points). Its clerk keeps them, every change audited; the public sees each point with
 * its published items, on the agency's page and on the village's.
 */
@Service
public class ServicePoints {

	static final int MAX_NAME = 200;

	static final int MAX_ADDRESS = 300;

	static final int MAX_PHONE = 100;

	/** The most points an agency keeps (its centre and one per village, with room). */
	static final int MAX_POINTS = 200;

	private final ServicePointRows points;

	private final ServiceItemRows items;

	private final ServiceAccess access;

	private final AuditLog audit;

	private final Clock clock;

	ServicePoints(ServicePointRows points, ServiceItemRows items, ServiceAccess access, AuditLog audit, Clock clock) {
		this.points = points;
		this.items = items;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Everything wrong with the input for a point of the agency, each naming its field;
	 * empty when it can be saved. The village must be one under the agency and the items
	 * the agency's own.
	 */
	public List<RuleViolationException> problems(long agencyId, ServicePointInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		required(input.name(), "name", MAX_NAME, problems);
		required(input.address(), "address", MAX_ADDRESS, problems);
		required(input.hours(), "hours", MAX_ADDRESS, problems);
		required(input.phone(), "phone", MAX_PHONE, problems);
		if (!Text.clean(input.phone()).isEmpty() && Text.clean(input.phone()).length() <= MAX_PHONE
				&& !GuideElements.phone(input.phone())) {
			problems.add(new RuleViolationException("services.phone.invalid", "Phone without a number"));
		}
		village(agencyId, input.villageId(), problems);
		Set<Long> own = this.items.findByAgencyIdOrderByIdAsc(agencyId)
			.stream()
			.map(ServiceItem::id)
			.collect(Collectors.toSet());
		if (!own.containsAll(input.itemIds())) {
			problems.add(new RuleViolationException("services.item-ids.invalid", "Item of another agency"));
		}
		return problems;
	}

	/** Adds a point to the agency (its clerk). @return its id */
	@Transactional
	public long create(long agencyId, ServicePointInput input) {
		this.access.requireClerk(agencyId);
		return createAs(agencyId, input, ServiceAccess.actor());
	}

	long createAs(long agencyId, ServicePointInput input, String actor) {
		valid(agencyId, input);
		if (this.points.findByAgencyIdOrderByIdAsc(agencyId).size() >= MAX_POINTS) {
			throw new RuleViolationException("services.points.too-many", "Too many points", MAX_POINTS);
		}
		ServicePoint point = new ServicePoint(agencyId, actor, this.clock.instant());
		fill(agencyId, point, input);
		point = this.points.save(point);
		record("services.point.created", point, null, summary(point), actor);
		return point.id();
	}

	/** Changes a point (its agency's clerk). */
	@Transactional
	public void update(long id, ServicePointInput input) {
		ServicePoint point = find(id);
		this.access.requireClerk(point.agencyId());
		valid(point.agencyId(), input);
		String before = summary(point);
		fill(point.agencyId(), point, input);
		record("services.point.updated", point, before, summary(point), ServiceAccess.actor());
	}

	/** A point the signed-in user may see, with all its items. */
	@Transactional(readOnly = true)
	public ServicePointView view(long id) {
		ServicePoint point = find(id);
		this.access.requireVisible(point.agencyId());
		return view(point, false);
	}

	/** The input a form starts from when editing. */
	@Transactional(readOnly = true)
	public ServicePointInput input(long id) {
		ServicePointView v = view(id);
		return new ServicePointInput(v.name(), v.address(), v.hours(), v.phone(),
				(v.villageId() != null) ? String.valueOf(v.villageId()) : "",
				v.items().stream().map(ServicePointView.PointItem::id).toList());
	}

	/** The agency's points with all their items, for its staff. */
	@Transactional(readOnly = true)
	public List<ServicePointView> ofAgency(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.points.findByAgencyIdOrderByIdAsc(agencyId).stream().map((p) -> view(p, false)).toList();
	}

	/** The villages under the agency a 便民服务站 can serve, for the form. */
	@Transactional(readOnly = true)
	public List<AgencySummary> villagesOf(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.access.villagesOf(agencyId);
	}

	/**
	 * The points the public finds on an agency's pages, with their published items only:
	 * the agency's own points, and for a village the points serving it. A public reading.
	 */
	@Transactional(readOnly = true)
	public List<ServicePointView> publicPointsOf(long agencyId) {
		List<ServicePoint> found = new ArrayList<>(this.points.findByAgencyIdOrderByIdAsc(agencyId));
		found.addAll(this.points.findByVillageIdOrderByIdAsc(agencyId));
		return found.stream().map((p) -> view(p, true)).toList();
	}

	ServicePointView view(ServicePoint point, boolean publicOnly) {
		Map<Long, ServiceItem> byId = this.items.findByIdIn(point.itemIds())
			.stream()
			.collect(Collectors.toMap(ServiceItem::id, Function.identity()));
		List<ServicePointView.PointItem> shown = point.itemIds()
			.stream()
			.sorted()
			.map(byId::get)
			.filter((i) -> i != null && (!publicOnly || i.status() == ServiceStatus.PUBLISHED))
			.map((i) -> new ServicePointView.PointItem(i.id(), i.name(), i.status()))
			.toList();
		String villageName = (point.villageId() != null) ? this.access.agency(point.villageId()).name() : null;
		return new ServicePointView(point.id(), point.agencyId(), point.villageId(), villageName, point.name(),
				point.address(), point.hours(), point.phone(), shown);
	}

	ServicePoint find(long id) {
		return this.points.findById(id).orElseThrow(() -> new NotFoundException("Service point " + id));
	}

	private void village(long agencyId, String text, List<RuleViolationException> problems) {
		Long village = villageId(text);
		String plain = Text.clean(text);
		if (plain.isEmpty()) {
			return;
		}
		if (village == null || this.access.villagesOf(agencyId).stream().noneMatch((v) -> v.id() == village)) {
			problems.add(new RuleViolationException("services.village-id.invalid", "Village not under the agency"));
		}
	}

	private static Long villageId(String text) {
		String plain = Text.clean(text);
		return plain.matches("[0-9]{1,18}") ? Long.valueOf(plain) : null;
	}

	private static void required(String value, String field, int max, List<RuleViolationException> problems) {
		String clean = Text.clean(value);
		if (clean.isEmpty()) {
			problems.add(new RuleViolationException("services." + field + ".missing", field + " missing"));
		}
		else if (clean.length() > max) {
			problems.add(new RuleViolationException("services." + field + ".too-long", field + " too long",
					String.valueOf(max)));
		}
	}

	private void valid(long agencyId, ServicePointInput input) {
		List<RuleViolationException> problems = problems(agencyId, input);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private static void fill(long agencyId, ServicePoint point, ServicePointInput input) {
		point.fill(villageId(input.villageId()), Text.clean(input.name()), Text.clean(input.address()),
				Text.clean(input.hours()), Text.clean(input.phone()), new LinkedHashSet<>(input.itemIds()));
	}

	private static String summary(ServicePoint point) {
		return point.name() + " | " + point.address() + " | " + point.hours() + " | " + point.phone() + " | village "
				+ point.villageId() + " | items " + point.itemIds().stream().sorted().toList();
	}

	private void record(String action, ServicePoint point, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, "ServicePoint", point.id())
			.withAgency(point.agencyId())
			.withBefore(before)
			.withAfter(after)
			.withActor(actor));
	}

}
