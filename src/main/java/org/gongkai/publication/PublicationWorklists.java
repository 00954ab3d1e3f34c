package org.gongkai.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's publication list, paged and filtered in the database, and the counts
 * of the start page's to-do list. Both are scoped to the agencies the signed-in user may
 * see (the counts to those where they hold the role the work needs).
 */
@Service
@Transactional(readOnly = true)
public class PublicationWorklists {

	/** The largest page a list shows. */
	public static final int MAX_PAGE_SIZE = 100;

	private final Publications publications;

	private final AgencyAccess access;

	PublicationWorklists(Publications publications, AgencyAccess access) {
		this.publications = publications;
		this.access = access;
	}

	/**
	 * One page of the items of the agencies the signed-in user may see that match the
	 * filter, newest first. A page past the last gives the last page.
	 * @param page from 0
	 * @param size 1 to {@link #MAX_PAGE_SIZE}
	 */
	public Page<PublicationSummary> staffPage(PublicationFilter filter, int page, int size) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (filter.agencyId() != null) {
			visible = visible.contains(filter.agencyId()) ? Set.of(filter.agencyId()) : Set.of();
		}
		int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		if (visible.isEmpty()) {
			return Page.empty(PageRequest.of(0, pageSize));
		}
		Specification<Publication> spec = matching(visible, filter);
		Sort newestFirst = Sort.by(Sort.Direction.DESC, "id");
		long total = this.publications.count(spec);
		int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		return this.publications.findAll(spec, PageRequest.of(shown, pageSize, newestFirst)).map(Publication::summary);
	}

	/**
	 * How many items wait in {@code status} in the agencies where the signed-in user
	 * holds {@code role}: a reviewer's 待内容审核, a confidentiality reviewer's 待保密审查.
	 */
	public long waiting(Role role, PublicationStatus status) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return 0;
		}
		Set<Long> agencies = me.grants()
			.stream()
			.filter((g) -> g.role() == role && g.agencyId() != null)
			.map(Grant::agencyId)
			.collect(Collectors.toSet());
		return agencies.isEmpty() ? 0 : this.publications.countByAgencyIdInAndStatus(agencies, status);
	}

	private static Specification<Publication> matching(Set<Long> agencies, PublicationFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(root.get("agencyId").in(agencies));
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.columnId() != null) {
				where.add(cb.equal(root.get("columnId"), filter.columnId()));
			}
			LocalDate from = filter.from();
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("madeOn"), from));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("madeOn"), filter.to()));
			}
			String text = (filter.text() != null) ? filter.text().strip().toLowerCase(Locale.ROOT) : "";
			if (!text.isEmpty()) {
				String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(cb.lower(root.get("documentNumber")), pattern, '\\'),
						cb.like(cb.lower(root.get("indexNumber")), pattern, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
