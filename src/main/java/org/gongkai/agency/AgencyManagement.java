package org.gongkai.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency module's API: the hierarchy, lookups, and the administrator's changes
 * (audited).
 */
@Service
public class AgencyManagement {

	private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

	private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s<>\"]+$");

	private static final Pattern POSTCODE = Pattern.compile("^[0-9]{6}$");

	private static final Pattern PHONE = Pattern.compile("^[0-9()+\\-\\s转、,，]{3,50}$");

	private final Agencies agencies;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AgencyManagement(Agencies agencies, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Every agency in tree order: each parent followed by its children, siblings by sort
	 * order then name.
	 */
	@Transactional(readOnly = true)
	public List<AgencySummary> all() {
		List<Agency> rows = this.agencies.findAll();
		Map<Long, String> codes = new HashMap<>();
		rows.forEach((a) -> codes.put(a.id(), a.creditCode()));
		List<AgencySummary> summaries = rows.stream().map((a) -> a.summary(codes.get(a.parentId()))).toList();
		return treeOrder(summaries, rows);
	}

	/** The agency with this id. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public AgencyDetails details(long id) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency " + id));
		return agency.details(parentCode(agency));
	}

	/** The agency with this credit code (exact, upper case), if any. */
	@Transactional(readOnly = true)
	public Optional<AgencyDetails> findByCreditCode(String creditCode) {
		if (creditCode == null) {
			return Optional.empty();
		}
		return this.agencies.findByCreditCode(creditCode).map((a) -> a.details(parentCode(a)));
	}

	/** The agency itself and every agency below it. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public Set<Long> selfAndDescendants(long id) {
		if (!this.agencies.existsById(id)) {
			throw new NotFoundException("Agency " + id);
		}
		Map<Long, List<Long>> children = new HashMap<>();
		for (Agency agency : this.agencies.findAll()) {
			if (agency.parentId() != null) {
				children.computeIfAbsent(agency.parentId(), (k) -> new ArrayList<>()).add(agency.id());
			}
		}
		Set<Long> result = new LinkedHashSet<>();
		Deque<Long> todo = new ArrayDeque<>(List.of(id));
		while (!todo.isEmpty()) {
			Long next = todo.pop();
			if (result.add(next)) {
				todo.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}

	/**
	 * Creates an agency.
	 * @return its id
	 * @throws RuleViolationException for an invalid or taken credit code, a parent that
	 * does not fit the level, or malformed contact data
	 */
	@Transactional
	public long create(AgencyData data) {
		CreditCode code = CreditCode.parse(data.creditCode());
		if (this.agencies.existsByCreditCode(code.value())) {
			throw new RuleViolationException("agency.credit-code.taken", "Credit code already registered");
		}
		check(data, null);
		Instant now = Instant.now(this.clock);
		Agency agency = new Agency(code.value(), now);
		agency.apply(clean(data), now);
		this.agencies.saveAndFlush(agency);
		this.audit.record(AuditRecord.of("agency.created", "Agency", agency.id())
			.withAgency(agency.id())
			.withAfter(agency.auditSummary()));
		this.events.publishEvent(new AgencyRegistered(agency.id(), agency.creditCode(), agency.level()));
		return agency.id();
	}

	/**
	 * Changes an agency's data. The credit code cannot change: index numbers are built
	 * from it.
	 * @throws NotFoundException if there is no such agency
	 * @throws RuleViolationException as for {@link #create}, or when the level changes
	 * while the agency has sub-agencies
	 */
	@Transactional
	public void update(long id, AgencyData data) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency " + id));
		check(data, agency);
		if (data.level() != agency.level() && this.agencies.countByParentId(id) > 0) {
			throw new RuleViolationException("agency.level.has-children", "Level change with sub-agencies");
		}
		String before = agency.auditSummary();
		agency.apply(clean(data), Instant.now(this.clock));
		this.audit.record(AuditRecord.of("agency.updated", "Agency", id)
			.withAgency(id)
			.withBefore(before)
			.withAfter(agency.auditSummary()));
	}

	private void check(AgencyData data, Agency existing) {
		require(data.name(), 2, 200, "agency.name.invalid");
		require(data.shortName(), 1, 50, "agency.short-name.invalid");
		if (data.level() == null) {
			throw new RuleViolationException("agency.level.missing", "No level");
		}
		AgencyLevel parentLevel = data.level().requiredParent();
		if (parentLevel == null) {
			if (data.parentId() != null) {
				throw new RuleViolationException("agency.parent.not-allowed", "County with a parent");
			}
		}
		else {
			if (data.parentId() == null) {
				throw new RuleViolationException("agency.parent.required", "No parent", parentLevel);
			}
			if (existing != null && data.parentId().equals(existing.id())) {
				throw new RuleViolationException("agency.parent.wrong-level", "Agency as its own parent", parentLevel);
			}
			Agency parent = this.agencies.findById(data.parentId())
				.orElseThrow(() -> new RuleViolationException("agency.parent.required", "Unknown parent", parentLevel));
			if (parent.level() != parentLevel) {
				throw new RuleViolationException("agency.parent.wrong-level", "Parent of the wrong level", parentLevel);
			}
		}
		optional(data.email(), EMAIL, 200, "agency.email.invalid");
		optional(data.website(), WEBSITE, 300, "agency.website.invalid");
		optional(data.postcode(), POSTCODE, 6, "agency.postcode.invalid");
		optional(data.phone(), PHONE, 50, "agency.phone.invalid");
		optional(data.fax(), PHONE, 50, "agency.fax.invalid");
		if (length(data.address()) > 300 || length(data.officeHours()) > 200) {
			throw new RuleViolationException("agency.text.too-long", "Address or hours too long");
		}
	}

	private static AgencyData clean(AgencyData data) {
		return new AgencyData(data.creditCode(), strip(data.name()), strip(data.shortName()), data.level(),
				data.parentId(), strip(data.address()), strip(data.postcode()), strip(data.officeHours()),
				strip(data.phone()), strip(data.fax()), strip(data.email()), strip(data.website()), data.sortOrder());
	}

	private String parentCode(Agency agency) {
		if (agency.parentId() == null) {
			return null;
		}
		return this.agencies.findById(agency.parentId()).map(Agency::creditCode).orElse(null);
	}

	private static List<AgencySummary> treeOrder(List<AgencySummary> summaries, List<Agency> rows) {
		Map<Long, Integer> order = new HashMap<>();
		rows.forEach((a) -> order.put(a.id(), a.sortOrder()));
		// Departments before townships, then the administrator's order, then the name.
		Comparator<AgencySummary> siblings = Comparator.comparing(AgencySummary::level)
			.thenComparing((AgencySummary s) -> order.get(s.id()))
			.thenComparing(AgencySummary::name);
		Map<Long, List<AgencySummary>> byParent = new HashMap<>();
		List<AgencySummary> roots = new ArrayList<>();
		for (AgencySummary summary : summaries) {
			if (summary.parentId() == null) {
				roots.add(summary);
			}
			else {
				byParent.computeIfAbsent(summary.parentId(), (k) -> new ArrayList<>()).add(summary);
			}
		}
		List<AgencySummary> result = new ArrayList<>();
		roots.sort(siblings);
		for (AgencySummary root : roots) {
			appendTree(root, byParent, siblings, result);
		}
		return result;
	}

	private static void appendTree(AgencySummary node, Map<Long, List<AgencySummary>> byParent,
			Comparator<AgencySummary> siblings, List<AgencySummary> out) {
		out.add(node);
		List<AgencySummary> children = new ArrayList<>(byParent.getOrDefault(node.id(), List.of()));
		children.sort(siblings);
		for (AgencySummary child : children) {
			appendTree(child, byParent, siblings, out);
		}
	}

	private static void require(String value, int min, int max, String key) {
		int length = length(strip(value));
		if (length < min || length > max) {
			throw new RuleViolationException(key, "Text length out of range for " + key, min, max);
		}
	}

	private static void optional(String value, Pattern pattern, int max, String key) {
		String text = strip(value);
		if (text != null && (text.length() > max || !pattern.matcher(text).matches())) {
			throw new RuleViolationException(key, "Malformed " + key);
		}
	}

	private static String strip(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static int length(String value) {
		return (value != null) ? value.length() : 0;
	}

}
