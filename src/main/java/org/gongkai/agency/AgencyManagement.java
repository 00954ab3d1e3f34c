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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Predicate;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

	/** Most rows on one page of the agency list. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * One page of the agencies narrowed by {@code filter}: counties, then departments,
	 * townships and villages, each by sort order and name (the system administrator's
	 * list; the web layer restricts who calls it).
	 * @param page from 0; past the end shows the last page
	 * @param size rows per page, clamped to 1..{@link #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public Page<AgencySummary> page(AgencyFilter filter, int page, int size) {
		Page<Agency> rows = ListPage.of(this.agencies, matching(filter), page, size, MAX_PAGE_SIZE,
				Sort.by("level", "sortOrder", "name", "id"));
		Map<Long, String> codes = new HashMap<>();
		this.agencies.findAllById(rows.stream().map(Agency::parentId).filter(Objects::nonNull).distinct().toList())
			.forEach((a) -> codes.put(a.id(), a.creditCode()));
		return rows.map((a) -> a.summary(codes.get(a.parentId())));
	}

	private static Specification<Agency> matching(AgencyFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.level() != null) {
				where.add(cb.equal(root.get("level"), filter.level()));
			}
			if (filter.parentId() != null) {
				where.add(cb.equal(root.get("parentId"), filter.parentId()));
			}
			String pattern = ListPage.containsPattern(filter.text());
			if (pattern != null) {
				where.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("shortName")), pattern, '\\'),
						cb.like(cb.lower(root.get("creditCode")), pattern, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The agency with this id. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public AgencyDetails details(long id) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency " + id));
		return agency.details(parentCode(agency));
	}

	/**
	 * When the agency's own data (name, the disclosure office's contact data the guide
	 * shows) last changed, or {@code null} if never since it was created.
	 * @throws NotFoundException if none
	 */
	@Transactional(readOnly = true)
	public Instant lastChanged(long id) {
		return this.agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency " + id)).updatedAt();
	}

	/**
	 * When the agency was created on the platform.
	 * @throws NotFoundException if none
	 */
	@Transactional(readOnly = true)
	public Instant createdAt(long id) {
		return this.agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency " + id)).createdAt();
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

	/**
	 * Every problem of the agency data at once, in form order, for a form to show them
	 * all: the checks {@link #create} ({@code existingId} {@code null}) or
	 * {@link #update} make, each a violation with its message key; empty when the data
	 * would be saved.
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> problems(AgencyData data, Long existingId) {
		List<RuleViolationException> problems = new ArrayList<>();
		Agency existing = null;
		if (existingId == null) {
			attempt(problems, () -> {
				if (this.agencies.existsByCreditCode(CreditCode.parse(data.creditCode()).value())) {
					throw new RuleViolationException("agency.credit-code.taken", "Credit code already registered");
				}
			});
		}
		else {
			existing = this.agencies.findById(existingId).orElse(null);
		}
		problems.addAll(checks(data, existing));
		if (existing != null && data.level() != null && data.level() != existing.level()
				&& this.agencies.countByParentId(existing.id()) > 0) {
			problems.add(new RuleViolationException("agency.level.has-children", "Level change with sub-agencies"));
		}
		return problems;
	}

	private void check(AgencyData data, Agency existing) {
		List<RuleViolationException> problems = checks(data, existing);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	private List<RuleViolationException> checks(AgencyData data, Agency existing) {
		List<RuleViolationException> problems = new ArrayList<>();
		attempt(problems, () -> require(data.name(), 2, 200, "agency.name.invalid"));
		attempt(problems, () -> require(data.shortName(), 1, 50, "agency.short-name.invalid"));
		attempt(problems, () -> checkParent(data, existing));
		attempt(problems, () -> {
			if (length(strip(data.address())) > 300) {
				throw new RuleViolationException("agency.address.too-long", "Address too long", 300);
			}
		});
		attempt(problems, () -> optional(data.postcode(), POSTCODE, 6, "agency.postcode.invalid"));
		attempt(problems, () -> {
			if (length(strip(data.officeHours())) > 200) {
				throw new RuleViolationException("agency.office-hours.too-long", "Office hours too long", 200);
			}
		});
		attempt(problems, () -> optional(data.phone(), PHONE, 50, "agency.phone.invalid"));
		attempt(problems, () -> optional(data.fax(), PHONE, 50, "agency.fax.invalid"));
		attempt(problems, () -> optional(data.email(), EMAIL, 200, "agency.email.invalid"));
		attempt(problems, () -> optional(data.website(), WEBSITE, 300, "agency.website.invalid"));
		return problems;
	}

	private void checkParent(AgencyData data, Agency existing) {
		if (data.level() == null) {
			throw new RuleViolationException("agency.level.missing", "No level");
		}
		AgencyLevel parentLevel = data.level().requiredParent();
		if (parentLevel == null) {
			if (data.parentId() != null) {
				throw new RuleViolationException("agency.parent.not-allowed", "County with a parent");
			}
			return;
		}
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

	private static void attempt(List<RuleViolationException> problems, Runnable check) {
		try {
			check.run();
		}
		catch (RuleViolationException ex) {
			problems.add(ex);
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
