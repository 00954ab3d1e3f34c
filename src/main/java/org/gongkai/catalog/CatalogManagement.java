package org.gongkai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.catalog.StandardCatalogue.TemplateColumn;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's API. Who may change an agency's catalogue: its clerks and leaders, and
 * the disclosure office above it; everyone sees the public part.
 */
@Service
public class CatalogManagement {

	/** Columns nest at most this deep (0 is the top). */
	static final int MAX_DEPTH = 2;

	private final CatalogColumns columns;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final JdbcClient jdbc;

	CatalogManagement(CatalogColumns columns, AgencyManagement agencies, AgencyAccess access, AuditLog audit,
			Clock clock, JdbcClient jdbc) {
		this.columns = columns;
		this.agencies = agencies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Creates an agency's catalogue from the standard template for its level, unless it
	 * has one.
	 * @return how many columns were created
	 */
	@Transactional
	public int instantiate(long agencyId) {
		if (this.columns.existsByAgencyId(agencyId)) {
			return 0;
		}
		var level = this.agencies.details(agencyId).summary().level();
		List<TemplateColumn> template = StandardCatalogue.forLevel(level);
		create(agencyId, template, 0, Instant.now(this.clock));
		this.audit.record(AuditRecord.of("catalog.created", "Catalogue", agencyId)
			.withAgency(agencyId)
			.withActor("system")
			.withAfter("columns=" + template.size() + ", level=" + level));
		return template.size();
	}

	/** Saves a template's columns after {@code order}, parents before their children. */
	int create(long agencyId, List<TemplateColumn> template, int order, Instant now) {
		Long[] parents = new Long[MAX_DEPTH + 1];
		for (TemplateColumn column : template) {
			Long parent = (column.depth() == 0) ? null : parents[column.depth() - 1];
			CatalogColumn saved = this.columns.save(new CatalogColumn(agencyId, parent, column.code(), column.name(),
					column.kind(), column.section(), ++order, now));
			parents[column.depth()] = saved.id();
		}
		return order;
	}

	/**
	 * Gives the village catalogue to every village or residents' committee that still has
	 * the government's (made before villages had their own; docs/legal-rules.md, Village
	 * affairs): the village columns are added and the government template's columns
	 * hidden, so no item is moved or lost (a clerk may move items and show a column
	 * again); one audit entry {@code catalog.village-reshaped} per village, by the system
	 * actor. Villages that have village columns already are left alone, so running it
	 * again changes nothing.
	 * @return how many villages were moved
	 */
	@Transactional
	public int reshapeVillages() {
		int moved = 0;
		for (var agency : this.agencies.all()) {
			if (agency.level() != AgencyLevel.VILLAGE) {
				continue;
			}
			List<CatalogColumn> existing = this.columns.findByAgencyId(agency.id());
			if (existing.isEmpty() || existing.stream().anyMatch(CatalogManagement::villageColumn)) {
				continue;
			}
			Instant now = Instant.now(this.clock);
			int hidden = 0;
			for (CatalogColumn column : existing) {
				if (column.code() != null && !column.hidden()) {
					column.setHidden(true, now);
					hidden++;
				}
			}
			int last = existing.stream().mapToInt(CatalogColumn::sortOrder).max().orElse(0);
			List<TemplateColumn> template = StandardCatalogue.forLevel(AgencyLevel.VILLAGE);
			create(agency.id(), template, last, now);
			this.audit.record(AuditRecord.of("catalog.village-reshaped", "Catalogue", agency.id())
				.withAgency(agency.id())
				.withActor("system")
				.withBefore("catalogue=government, columns=" + existing.size())
				.withAfter("catalogue=village, columns added=" + template.size() + ", government columns hidden="
						+ hidden + ", items unchanged"));
			moved++;
		}
		return moved;
	}

	/**
	 * Adds the columns the standard template gained since an agency's catalogue was made
	 * (a new column of the standard catalogue, such as 回应关切, reaches the agencies that
	 * exist already): for each level whose template changed since the last start (a
	 * digest per level in {@code cat_template_applied}), each agency of that level gets
	 * every template column whose code its catalogue lacks, under the parent of the same
	 * code (after its last child), unless it lacks that parent too. One audit entry
	 * {@code catalog.columns-added} per agency that got columns, by the system actor. A
	 * start with an unchanged template reads one row per level: no work grows with the
	 * number of agencies. Columns an agency renamed, hid or moved keep their code and are
	 * left alone; a column it deleted is not brought back unless the template changes
	 * again.
	 * @return how many columns were added
	 */
	@Transactional
	public int addNewStandardColumns() {
		int added = 0;
		for (AgencyLevel level : AgencyLevel.values()) {
			List<TemplateColumn> template = StandardCatalogue.forLevel(level);
			String digest = digest(template);
			List<String> applied = this.jdbc.sql("select digest from cat_template_applied where agency_level = ?")
				.param(level.name())
				.query(String.class)
				.list();
			if (applied.contains(digest)) {
				continue;
			}
			for (var agency : this.agencies.all()) {
				if (agency.level() == level) {
					added += addMissing(agency.id(), template);
				}
			}
			Instant now = Instant.now(this.clock);
			if (applied.isEmpty()) {
				this.jdbc.sql("insert into cat_template_applied (agency_level, digest, applied_at) values (?, ?, ?)")
					.params(level.name(), digest, java.sql.Timestamp.from(now))
					.update();
			}
			else {
				this.jdbc.sql("update cat_template_applied set digest = ?, applied_at = ? where agency_level = ?")
					.params(digest, java.sql.Timestamp.from(now), level.name())
					.update();
			}
		}
		return added;
	}

	private int addMissing(long agencyId, List<TemplateColumn> template) {
		List<CatalogColumn> existing = this.columns.findByAgencyId(agencyId);
		if (existing.isEmpty()) {
			return 0;
		}
		Map<String, CatalogColumn> byCode = new HashMap<>();
		for (CatalogColumn column : existing) {
			if (column.code() != null) {
				byCode.put(column.code(), column);
			}
		}
		Instant now = Instant.now(this.clock);
		int last = existing.stream().mapToInt(CatalogColumn::sortOrder).max().orElse(0);
		String[] parents = new String[MAX_DEPTH + 1];
		List<String> added = new ArrayList<>();
		for (TemplateColumn column : template) {
			parents[column.depth()] = column.code();
			if (byCode.containsKey(column.code())) {
				continue;
			}
			Long parentId = null;
			if (column.depth() > 0) {
				CatalogColumn parent = byCode.get(parents[column.depth() - 1]);
				if (parent == null) {
					continue;
				}
				parentId = parent.id();
			}
			CatalogColumn saved = this.columns.save(new CatalogColumn(agencyId, parentId, column.code(), column.name(),
					column.kind(), column.section(), ++last, now));
			byCode.put(column.code(), saved);
			added.add(column.code());
		}
		if (!added.isEmpty()) {
			this.audit.record(AuditRecord.of("catalog.columns-added", "Catalogue", agencyId)
				.withAgency(agencyId)
				.withActor("system")
				.withAfter("standard columns added=" + String.join(",", added)));
		}
		return added.size();
	}

	private static String digest(List<TemplateColumn> template) {
		StringBuilder text = new StringBuilder();
		for (TemplateColumn column : template) {
			text.append(column).append('\n');
		}
		return org.gongkai.platform.Sha256.hex(text.toString());
	}

	private static boolean villageColumn(CatalogColumn column) {
		return column.code() != null && column.code().startsWith(StandardCatalogue.VILLAGE_PREFIX);
	}

	/**
	 * Writes the audit entries of the move to the disclosure column's shape
	 * (国办公开办函〔2019〕61号): the migration {@code V202612060900} moved every existing
	 * catalogue in SQL, where no entry can be signed, and listed the agencies it moved;
	 * each gets one entry {@code catalog.reshaped} on its catalogue, by the system actor,
	 * and leaves the list.
	 * @return how many entries were written
	 */
	@Transactional
	public int auditShapeMigrations() {
		List<Map<String, Object>> moved = this.jdbc
			.sql("select agency_id, site_columns from cat_shape_migrated order by agency_id")
			.query()
			.listOfRows();
		for (Map<String, Object> row : moved) {
			long agencyId = ((Number) row.get("AGENCY_ID")).longValue();
			this.audit.record(AuditRecord.of("catalog.reshaped", "Catalogue", agencyId)
				.withAgency(agencyId)
				.withActor("system")
				.withBefore("shape=before 61号")
				.withAfter("shape=61号, first level=" + String.join("/", ColumnNode.FIRST_LEVEL) + ", site columns="
						+ row.get("SITE_COLUMNS") + ", policies added, items unchanged"));
			this.jdbc.sql("delete from cat_shape_migrated where agency_id = ?").param(agencyId).update();
		}
		return moved.size();
	}

	/** The whole catalogue of an agency the signed-in user may see, in tree order. */
	@Transactional(readOnly = true)
	public List<ColumnNode> tree(long agencyId) {
		this.access.requireVisible(agencyId);
		return treeOf(agencyId, true);
	}

	/** What the public sees: hidden columns and everything under them left out. */
	@Transactional(readOnly = true)
	public List<ColumnNode> publicTree(long agencyId) {
		return treeOf(agencyId, false);
	}

	/**
	 * The public columns from the first level down to {@code columnId} (a breadcrumb);
	 * empty when the column is hidden or not the agency's.
	 */
	@Transactional(readOnly = true)
	public List<ColumnNode> publicTrail(long agencyId, long columnId) {
		List<ColumnNode> tree = treeOf(agencyId, false);
		Map<Long, ColumnNode> byId = new HashMap<>();
		tree.forEach((c) -> byId.put(c.id(), c));
		List<ColumnNode> trail = new ArrayList<>();
		for (ColumnNode at = byId.get(columnId); at != null; at = (at.parentId() != null) ? byId.get(at.parentId())
				: null) {
			trail.add(0, at);
		}
		return trail;
	}

	/**
	 * When the agency's catalogue last changed (a column added, renamed, moved, hidden or
	 * shown), or {@code null} if it has none: a system reading for the website
	 * inspection.
	 */
	@Transactional(readOnly = true)
	public Instant lastChanged(long agencyId) {
		return this.columns.findByAgencyId(agencyId)
			.stream()
			.map(CatalogColumn::updatedAt)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/** Whether the signed-in user may change this agency's catalogue. */
	@Transactional(readOnly = true)
	public boolean mayEdit(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return false;
		}
		if (me.has(Role.CLERK, agencyId) || me.has(Role.LEADER, agencyId)) {
			return true;
		}
		return me.grants()
			.stream()
			.filter((g) -> g.role() == Role.DISCLOSURE_OFFICE && g.agencyId() != null)
			.anyMatch((g) -> this.agencies.selfAndDescendants(g.agencyId()).contains(agencyId));
	}

	@Transactional
	public void rename(long columnId, String name) {
		CatalogColumn column = changeable(columnId);
		String before = column.auditSummary();
		column.rename(checkName(name), Instant.now(this.clock));
		record("catalog.column-renamed", column, before);
	}

	@Transactional
	public void setHidden(long columnId, boolean hidden) {
		CatalogColumn column = changeable(columnId);
		String before = column.auditSummary();
		column.setHidden(hidden, Instant.now(this.clock));
		record(hidden ? "catalog.column-hidden" : "catalog.column-shown", column, before);
	}

	/**
	 * Adds a column at the end of its siblings.
	 * @param parentId the parent column of the same agency, or {@code null} for the top
	 * level of the site's other section (the disclosure column's first level is fixed)
	 * @return the new column's id
	 */
	@Transactional
	public long add(long agencyId, Long parentId, String name, ColumnKind kind) {
		requireEditor(agencyId);
		if (kind == null) {
			throw new RuleViolationException("catalog.kind.missing", "No column kind");
		}
		List<CatalogColumn> all = this.columns.findByAgencyId(agencyId);
		if (parentId != null) {
			CatalogColumn parent = all.stream()
				.filter((c) -> c.id().equals(parentId))
				.findFirst()
				.orElseThrow(() -> new RuleViolationException("catalog.parent.invalid", "Parent of another agency"));
			if (depth(parent, all) >= MAX_DEPTH) {
				throw new RuleViolationException("catalog.parent.too-deep", "Columns nest too deep",
						String.valueOf(MAX_DEPTH + 1));
			}
		}
		int last = all.stream()
			.filter((c) -> java.util.Objects.equals(c.parentId(), parentId))
			.mapToInt(CatalogColumn::sortOrder)
			.max()
			.orElse(0);
		ColumnSection section = (parentId != null) ? ColumnSection.DISCLOSURE : ColumnSection.SITE;
		CatalogColumn column = this.columns.save(new CatalogColumn(agencyId, parentId, null, checkName(name), kind,
				section, last + 1, Instant.now(this.clock)));
		record("catalog.column-added", column, null);
		return column.id();
	}

	/**
	 * Moves a column one place up ({@code -1}) or down ({@code +1}) among its siblings.
	 */
	@Transactional
	public void move(long columnId, int direction) {
		CatalogColumn column = changeable(columnId);
		List<CatalogColumn> siblings = this.columns.findByAgencyId(column.agencyId())
			.stream()
			.filter((c) -> java.util.Objects.equals(c.parentId(), column.parentId()))
			.filter((c) -> !fixed(c) && c.section() == column.section())
			.sorted(ORDER)
			.toList();
		int index = siblings.indexOf(column);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= siblings.size()) {
			return;
		}
		List<CatalogColumn> reordered = new ArrayList<>(siblings);
		reordered.remove(index);
		reordered.add(target, column);
		Instant now = Instant.now(this.clock);
		String before = column.auditSummary();
		for (int i = 0; i < reordered.size(); i++) {
			reordered.get(i).setSortOrder(i + 1, now);
		}
		record("catalog.column-moved", column, before);
	}

	/**
	 * Whether a column exists and belongs to the agency; an unknown column is simply not
	 * the agency's (no exception, which would mark the caller's transaction for
	 * rollback).
	 */
	@Transactional(readOnly = true)
	public boolean belongsTo(long columnId, long agencyId) {
		return this.columns.findById(columnId).map((column) -> column.agencyId() == agencyId).orElse(false);
	}

	/** The agency a column belongs to. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public long agencyOf(long columnId) {
		return load(columnId).agencyId();
	}

	private static final Comparator<CatalogColumn> ORDER = Comparator.comparingInt(CatalogColumn::sortOrder)
		.thenComparing(CatalogColumn::id);

	private List<ColumnNode> treeOf(long agencyId, boolean includeHidden) {
		Map<Long, List<CatalogColumn>> children = new HashMap<>();
		for (CatalogColumn column : this.columns.findByAgencyId(agencyId)) {
			children.computeIfAbsent(column.parentId(), (k) -> new ArrayList<>()).add(column);
		}
		List<ColumnNode> out = new ArrayList<>();
		append(null, 0, null, children, includeHidden, out);
		return out;
	}

	/**
	 * Appends a level in order: the disclosure column's fixed first level first, then the
	 * site's other columns; a column is in the section of its first-level column.
	 */
	private static void append(Long parent, int depth, ColumnSection section, Map<Long, List<CatalogColumn>> children,
			boolean includeHidden, List<ColumnNode> out) {
		List<CatalogColumn> level = new ArrayList<>(children.getOrDefault(parent, List.of()));
		level.sort(Comparator.comparingInt(CatalogManagement::fixedRank).thenComparing(ORDER));
		for (CatalogColumn column : level) {
			if (column.hidden() && !includeHidden) {
				continue;
			}
			ColumnSection own = (section != null) ? section : column.section();
			out.add(column.node(depth, own));
			append(column.id(), depth + 1, own, children, includeHidden, out);
		}
	}

	/** Where a first-level disclosure column stands (61号 order); others come after. */
	private static int fixedRank(CatalogColumn column) {
		int rank = fixed(column) ? ColumnNode.FIRST_LEVEL.indexOf(column.code()) : -1;
		return (rank >= 0) ? rank : ColumnNode.FIRST_LEVEL.size() + ((column.section() == ColumnSection.SITE) ? 1 : 0);
	}

	/** Whether it is one of the four first-level columns every agency has alike. */
	private static boolean fixed(CatalogColumn column) {
		return column.parentId() == null && column.code() != null && ColumnNode.FIRST_LEVEL.contains(column.code());
	}

	/** An editable column that is not one of the fixed first-level ones. */
	private CatalogColumn changeable(long columnId) {
		CatalogColumn column = editable(columnId);
		if (fixed(column)) {
			throw new RuleViolationException("catalog.column.fixed", "First-level disclosure column is fixed");
		}
		return column;
	}

	private static int depth(CatalogColumn column, List<CatalogColumn> all) {
		int depth = 0;
		Long parent = column.parentId();
		while (parent != null && depth <= MAX_DEPTH) {
			Long current = parent;
			parent = all.stream()
				.filter((c) -> c.id().equals(current))
				.findFirst()
				.map(CatalogColumn::parentId)
				.orElse(null);
			depth++;
		}
		return depth;
	}

	private CatalogColumn editable(long columnId) {
		CatalogColumn column = load(columnId);
		requireEditor(column.agencyId());
		return column;
	}

	private CatalogColumn load(long columnId) {
		return this.columns.findById(columnId).orElseThrow(() -> new NotFoundException("Column " + columnId));
	}

	private void requireEditor(long agencyId) {
		if (!mayEdit(agencyId)) {
			throw new ForbiddenException("Catalogue of agency " + agencyId + " not editable by this user");
		}
	}

	private static String checkName(String name) {
		String text = Text.clean(name);
		if (text.isEmpty() || text.length() > 100) {
			throw new RuleViolationException("catalog.name.invalid", "Bad column name");
		}
		return text;
	}

	private void record(String action, CatalogColumn column, String before) {
		this.audit.record(AuditRecord.of(action, "CatalogColumn", column.id())
			.withAgency(column.agencyId())
			.withBefore(before)
			.withAfter(column.auditSummary()));
	}

}
