package org.gongkai.channels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's new-media accounts (政务新媒体, docs/legal-rules.md, Channels): the inventory
 * with keeper and review status that 国办发〔2018〕123号 asks offices to keep, and the
 * published items of the agency syndicated to each account (a record per item and
 * account, with the day). The agency's clerks write; everyone who may see the agency
 * reads. Each change is audited. The publication module is only read.
 */
@Service
public class NewMedia {

	static final int MAX_NAME = 100;

	static final int MAX_KEEPER = 60;

	/** How many of the agency's recent published items the syndication page offers. */
	static final int RECENT = 50;

	private final MediaAccounts accounts;

	private final Syndications syndications;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final PublicationQueries publications;

	private final Clock clock;

	NewMedia(MediaAccounts accounts, Syndications syndications, AgencyAccess access, AuditLog audit,
			PublicationQueries publications, Clock clock) {
		this.accounts = accounts;
		this.syndications = syndications;
		this.access = access;
		this.audit = audit;
		this.publications = publications;
		this.clock = clock;
	}

	/** The agency's accounts. @throws ForbiddenException unless visible */
	@Transactional(readOnly = true)
	public List<AccountView> accounts(long agencyId) {
		this.access.requireVisible(agencyId);
		return accountsOf(agencyId);
	}

	/** The agency's accounts: a system reading. */
	List<AccountView> accountsOf(long agencyId) {
		List<MediaAccount> list = this.accounts.findByAgencyIdOrderByIdAsc(agencyId);
		Map<Long, Long> counts = list.isEmpty() ? Map.of()
				: this.syndications.findByAccountIdIn(list.stream().map(MediaAccount::id).toList())
					.stream()
					.collect(Collectors.groupingBy(Syndication::accountId, Collectors.counting()));
		return list.stream().map((a) -> a.view(counts.getOrDefault(a.id(), 0L))).toList();
	}

	/** One account. @throws ForbiddenException unless its agency is visible */
	@Transactional(readOnly = true)
	public AccountView account(long accountId) {
		MediaAccount account = load(accountId);
		this.access.requireVisible(account.agencyId());
		return account.view(this.syndications.findByAccountIdOrderBySyndicatedOnDescIdDesc(accountId).size());
	}

	/** Every problem of an account's fields at once; empty when it can be saved. */
	public List<RuleViolationException> problems(AccountInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		valid(input, problems);
		return problems;
	}

	/** Adds an account to the agency's inventory. @return its id */
	@Transactional
	public long create(long agencyId, AccountInput input) {
		this.access.require(Role.CLERK, agencyId);
		return createAs(agencyId, input, Fields.actor());
	}

	long createAs(long agencyId, AccountInput input, String actor) {
		AccountInput.Valid valid = validOrThrow(input);
		MediaAccount account = this.accounts.save(new MediaAccount(agencyId, valid, this.clock.instant()));
		record("channels.account-created", account.id(), agencyId, null, account.auditSummary(), actor);
		return account.id();
	}

	/** Changes an account (its review status after a review, for instance). */
	@Transactional
	public void update(long accountId, AccountInput input) {
		MediaAccount account = load(accountId);
		this.access.require(Role.CLERK, account.agencyId());
		AccountInput.Valid valid = validOrThrow(input);
		String before = account.auditSummary();
		account.update(valid, this.clock.instant());
		record("channels.account-updated", account.id(), account.agencyId(), before, account.auditSummary(),
				Fields.actor());
	}

	/**
	 * The agency's recent published items (newest first), each marked when it was
	 * syndicated to the account already. @throws ForbiddenException unless visible
	 */
	@Transactional(readOnly = true)
	public List<SyndicationChoice> choices(long accountId) {
		MediaAccount account = load(accountId);
		this.access.requireVisible(account.agencyId());
		Set<Long> done = this.syndications.findByAccountIdOrderBySyndicatedOnDescIdDesc(accountId)
			.stream()
			.map(Syndication::publicationId)
			.collect(Collectors.toSet());
		return recent(account.agencyId()).stream()
			.map((p) -> new SyndicationChoice(p.id(), p.title(), p.publishedOn(), done.contains(p.id())))
			.toList();
	}

	/** What was syndicated to the account, newest first, with the items' titles. */
	@Transactional(readOnly = true)
	public List<SyndicationView> syndicated(long accountId) {
		MediaAccount account = load(accountId);
		this.access.requireVisible(account.agencyId());
		Map<Long, String> titles = recent(account.agencyId()).stream()
			.collect(Collectors.toMap(PublicationSummary::id, PublicationSummary::title, (a, b) -> a));
		return this.syndications.findByAccountIdOrderBySyndicatedOnDescIdDesc(accountId)
			.stream()
			.map((s) -> new SyndicationView(s.publicationId(), titles.computeIfAbsent(s.publicationId(), this::titleOf),
					s.syndicatedOn()))
			.toList();
	}

	private String titleOf(long publicationId) {
		try {
			return this.publications.publicItem(publicationId).title();
		}
		catch (NotFoundException ex) {
			return "#" + publicationId;
		}
	}

	/**
	 * Records that published items of the account's agency were syndicated to it today;
	 * items recorded already are left as they are.
	 * @return how many were recorded now
	 * @throws ForbiddenException unless a clerk of the agency
	 * @throws RuleViolationException {@code channels.syndication.none} when nothing was
	 * chosen, {@code channels.syndication.invalid} for an item that is not a published
	 * item of the agency (nothing recorded then), {@code channels.syndication.closed} for
	 * a closed account
	 */
	@Transactional
	public int syndicate(long accountId, List<Long> publicationIds) {
		MediaAccount account = load(accountId);
		this.access.require(Role.CLERK, account.agencyId());
		return syndicateAs(account, publicationIds, LocalDate.now(this.clock), Fields.actor());
	}

	int syndicateAs(MediaAccount account, List<Long> publicationIds, LocalDate on, String actor) {
		if (account.reviewStatus() == ReviewStatus.CLOSED) {
			throw new RuleViolationException("channels.syndication.closed", "Account closed");
		}
		Set<Long> wanted = new LinkedHashSet<>((publicationIds != null) ? publicationIds : List.of());
		wanted.remove(null);
		if (wanted.isEmpty()) {
			throw new RuleViolationException("channels.syndication.none", "Nothing chosen");
		}
		Set<Long> valid = new HashSet<>();
		for (Long id : wanted) {
			if (!publishedOf(account.agencyId(), id)) {
				throw new RuleViolationException("channels.syndication.invalid", "Not a published item: " + id);
			}
			valid.add(id);
		}
		int recorded = 0;
		for (Long id : wanted) {
			if (valid.contains(id) && !this.syndications.existsByAccountIdAndPublicationId(account.id(), id)) {
				Syndication saved = this.syndications
					.save(new Syndication(account.id(), id, on, actor, this.clock.instant()));
				this.audit.record(AuditRecord.of("channels.item-syndicated", "Syndication", saved.id())
					.withAgency(account.agencyId())
					.withActor(actor)
					.withAfter("account=" + account.id() + ", publication=" + id + ", on=" + on));
				recorded++;
			}
		}
		return recorded;
	}

	private boolean publishedOf(long agencyId, long publicationId) {
		try {
			return this.publications.publicItem(publicationId).agencyId() == agencyId;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private List<PublicationSummary> recent(long agencyId) {
		return this.publications.publicList(agencyId, null, 0, RECENT).getContent();
	}

	MediaAccount load(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
	}

	private static AccountInput.Valid validOrThrow(AccountInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		AccountInput.Valid valid = valid(input, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return valid;
	}

	private static AccountInput.Valid valid(AccountInput input, List<RuleViolationException> problems) {
		MediaPlatform platform = Fields.choice(MediaPlatform.class, input.platform(), "platform", problems);
		String name = Fields.text(input.name(), "name", MAX_NAME, problems);
		String code = Fields.text(input.accountCode(), "account-code", MAX_NAME, problems);
		String keeper = Fields.text(input.keeperName(), "keeper-name", MAX_KEEPER, problems);
		LocalDate opened = Fields.day(input.openedOn(), "opened-on", false, problems);
		ReviewStatus status = Fields.choice(ReviewStatus.class, input.reviewStatus(), "review-status", problems);
		LocalDate reviewed = Fields.day(input.lastReviewedOn(), "last-reviewed-on", false, problems);
		return problems.isEmpty() ? new AccountInput.Valid(platform, name, code, keeper, opened, status, reviewed)
				: null;
	}

	private void record(String action, long id, long agencyId, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, "MediaAccount", id)
			.withAgency(agencyId)
			.withActor(actor)
			.withBefore(before)
			.withAfter(after));
	}

}
