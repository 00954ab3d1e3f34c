package org.gongkai.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.Sha256;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: sign-in with throttling (never a lockout anyone can trigger),
 * API tokens, and the administrators' work on accounts. Every change is audited.
 */
@Service
public class AccountManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The end of a lock that lasts until the security administrator lifts it. */
	static final Instant UNTIL_UNLOCKED = Instant.parse("9999-12-31T00:00:00Z");

	private final StaffUsers users;

	private final ApiTokens tokens;

	private final AccountRules rules;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final AccountProperties properties;

	private final Clock clock;

	private final SignInThrottle throttle;

	/**
	 * A hash to compare against when the user does not exist, so both cases take as long.
	 */
	private final String dummyHash;

	/** Whether the platform runs the demo county (gongkai.demo). */
	private final boolean demo;

	AccountManagement(StaffUsers users, ApiTokens tokens, AccountRules rules, PasswordEncoder passwords, AuditLog audit,
			AccountProperties properties, Clock clock, SignInThrottle throttle, GongkaiProperties platform) {
		this.users = users;
		this.tokens = tokens;
		this.rules = rules;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.throttle = throttle;
		this.demo = platform.demo();
		this.dummyHash = passwords.encode("dummy-password-for-timing");
	}

	/**
	 * Checks a sign-in from {@code address} (the client address). A wrong password is
	 * counted and audited but never locks the account; too many failures of this name
	 * from this address, or from this address, refuse attempts for a growing window (see
	 * {@link SignInThrottle}). Unknown names are answered exactly like wrong passwords;
	 * whether the account is locked or disabled is told only to whoever knows its
	 * password.
	 * @return the signed-in principal
	 * @throws SignInRefused if refused
	 */
	@Transactional(noRollbackFor = SignInRefused.class)
	public StaffPrincipal signIn(String username, String password, String address) {
		return checkSignIn(username, password, address).principal();
	}

	/**
	 * As {@link #signIn(String, String, String)} for a caller inside the application (no
	 * client address: such attempts are throttled together).
	 */
	@Transactional(noRollbackFor = SignInRefused.class)
	public StaffPrincipal signIn(String username, String password) {
		return signIn(username, password, "in-process");
	}

	/** As {@link #signIn}, with the password generation the session is bound to. */
	@Transactional(noRollbackFor = SignInRefused.class)
	StaffAuthentication signInForSession(String username, String password, String address) {
		StaffUser user = checkSignIn(username, password, address);
		return new StaffAuthentication(user.principal(), user.passwordGeneration());
	}

	private StaffUser checkSignIn(String username, String password, String address) {
		Instant now = Instant.now(this.clock);
		String name = (username != null) ? username.strip() : "";
		if (this.throttle.throttled(name, address)) {
			throw new SignInRefused(SignInRefused.Reason.THROTTLED, "Sign-in throttled for " + address);
		}
		Optional<StaffUser> found = (name.length() <= 50) ? this.users.findByUsername(name) : Optional.empty();
		if (found.isEmpty() || password == null || password.length() > 1024) {
			this.passwords.matches("x", this.dummyHash);
			this.throttle.failed(name, address);
			throw new SignInRefused(SignInRefused.Reason.BAD_CREDENTIALS, "Unknown user or unusable password");
		}
		StaffUser user = found.get();
		if (!this.passwords.matches(password, user.passwordHash())) {
			user.failedSignIn();
			this.throttle.failed(name, address);
			this.audit.record(AuditRecord.of("account.sign-in-failed", "User", user.id())
				.withActor(user.username())
				.withAfter("failedAttempts=" + user.failedAttempts() + ", address=" + address));
			throw new SignInRefused(SignInRefused.Reason.BAD_CREDENTIALS, "Wrong password for " + name);
		}
		this.throttle.succeeded(name, address);
		if (user.isLocked(now)) {
			throw new SignInRefused(SignInRefused.Reason.LOCKED, "Account locked: " + name);
		}
		if (!user.enabled()) {
			throw new SignInRefused(SignInRefused.Reason.DISABLED, "Account disabled: " + name);
		}
		user.signedIn();
		this.audit.record(AuditRecord.of("account.signed-in", "User", user.id()).withActor(user.username()));
		return user;
	}

	/**
	 * Signs in and issues an API token for {@code Authorization: Bearer}; refused while
	 * the password must be changed (it was set by someone else).
	 * @throws SignInRefused as {@link #signIn}, or
	 * {@link SignInRefused.Reason#PASSWORD_CHANGE_REQUIRED}
	 */
	@Transactional(noRollbackFor = SignInRefused.class)
	public IssuedToken issueToken(String username, String password, String address) {
		StaffPrincipal principal = signIn(username, password, address);
		if (principal.mustChangePassword()) {
			throw new SignInRefused(SignInRefused.Reason.PASSWORD_CHANGE_REQUIRED,
					"Token refused until the password is changed: " + principal.username());
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = Instant.now(this.clock);
		ApiToken stored = this.tokens
			.save(new ApiToken(principal.id(), Sha256.hex(token), now, now.plus(this.properties.tokenLifetime())));
		this.audit.record(AuditRecord.of("account.token-issued", "ApiToken", stored.id())
			.withActor(principal.username())
			.withAfter("expiresAt=" + stored.expiresAt()));
		return new IssuedToken(token, stored.expiresAt());
	}

	/**
	 * The principal a bearer token stands for: valid, not revoked, not expired, account
	 * enabled, not locked and with no password change pending.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffPrincipal> authenticateToken(String token) {
		if (token == null || token.isEmpty() || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.tokens.findByTokenHash(Sha256.hex(token))
			.filter((t) -> t.isValid(now))
			.flatMap((t) -> this.users.findById(t.userId()))
			.filter((u) -> u.enabled() && !u.isLocked(now) && !u.mustChangePassword())
			.map(StaffUser::principal);
	}

	/**
	 * The principal as the account stands now: empty if it was disabled, locked or
	 * removed since sign-in. Signed-in sessions are checked against it on every request.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffPrincipal> currentPrincipal(long id) {
		Instant now = Instant.now(this.clock);
		return this.users.findById(id).filter((u) -> u.enabled() && !u.isLocked(now)).map(StaffUser::principal);
	}

	/**
	 * As {@link #currentPrincipal}, with the account's password generation: a session
	 * signed in with an older password is ended.
	 */
	@Transactional(readOnly = true)
	Optional<StaffAuthentication> currentAuthentication(long id) {
		Instant now = Instant.now(this.clock);
		return this.users.findById(id)
			.filter((u) -> u.enabled() && !u.isLocked(now))
			.map((u) -> new StaffAuthentication(u.principal(), u.passwordGeneration()));
	}

	/** Every account, by login name. */
	@Transactional(readOnly = true)
	public List<UserSummary> users() {
		Instant now = Instant.now(this.clock);
		return this.users.findAll()
			.stream()
			.sorted(Comparator.comparing(StaffUser::username))
			.map((u) -> u.summary(now, this.clock.getZone()))
			.toList();
	}

	/** Most rows on one page of the account list. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * One page of the accounts narrowed by {@code filter}, by login name (the system
	 * administrator's list; the web layer restricts who calls it).
	 * @param page from 0; past the end shows the last page
	 * @param size rows per page, clamped to 1..{@link #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public Page<UserSummary> users(UserFilter filter, int page, int size) {
		Instant now = Instant.now(this.clock);
		return ListPage.of(this.users, matching(filter, now), page, size, MAX_PAGE_SIZE, Sort.by("username", "id"))
			.map((u) -> u.summary(now, this.clock.getZone()));
	}

	private static Specification<StaffUser> matching(UserFilter filter, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.status() != null) {
				Predicate enabled = cb.isTrue(root.get("enabled"));
				Predicate locked = cb.greaterThan(root.get("lockedUntil"), now);
				Predicate notLocked = cb.or(cb.isNull(root.get("lockedUntil")),
						cb.lessThanOrEqualTo(root.get("lockedUntil"), now));
				where.add(switch (filter.status()) {
					case DISABLED -> cb.isFalse(root.get("enabled"));
					case LOCKED -> cb.and(enabled, locked);
					case MUST_CHANGE -> cb.and(enabled, notLocked, cb.isTrue(root.get("mustChangePassword")));
					case ACTIVE -> cb.and(enabled, notLocked, cb.isFalse(root.get("mustChangePassword")));
				});
			}
			if (filter.role() != null || filter.agencyId() != null) {
				Subquery<Long> holders = query.subquery(Long.class);
				Root<StaffUser> holder = holders.from(StaffUser.class);
				Join<StaffUser, RoleGrant> grant = holder.join("grants");
				List<Predicate> held = new ArrayList<>();
				if (filter.role() != null) {
					held.add(cb.equal(grant.get("role"), filter.role()));
				}
				if (filter.agencyId() != null) {
					held.add(cb.equal(grant.get("agencyId"), filter.agencyId()));
				}
				holders.select(holder.get("id")).where(held.toArray(Predicate[]::new));
				where.add(root.get("id").in(holders));
			}
			String pattern = ListPage.containsPattern(filter.text());
			if (pattern != null) {
				where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
						cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** One account. @throws NotFoundException if none */
	@Transactional(readOnly = true)
	public UserSummary user(long id) {
		return load(id).summary(Instant.now(this.clock), this.clock.getZone());
	}

	/** Whether an account with this login name exists. */
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsername(username);
	}

	/**
	 * Creates an account with business roles (system administrator's work). An
	 * administrator-role account is appointed through {@link AdministratorAppointments}
	 * instead and refused here.
	 * @param user the account
	 * @param mustChangePassword whether the first sign-in must change the password (true
	 * whenever someone else chose it)
	 * @return the new account's id
	 */
	@Transactional
	public long createUser(NewUser user, boolean mustChangePassword) {
		String username = (user.username() != null) ? user.username().strip() : "";
		this.rules.checkUsername(username);
		if (this.users.existsByUsername(username)) {
			throw new RuleViolationException("account.username.taken", "Username taken");
		}
		String displayName = this.rules.displayName(user.displayName());
		PasswordPolicy.check(username, user.password());
		this.rules.checkGrants(user.grants());
		if (user.grants().stream().anyMatch((g) -> g.role().isAdministrator())) {
			throw new RuleViolationException("account.admin.confirmation-required",
					"Administrator accounts are created through AdministratorAppointments");
		}
		StaffUser created = new StaffUser(username, displayName, this.passwords.encode(user.password()),
				mustChangePassword, Instant.now(this.clock));
		created.setGrants(user.grants());
		this.users.saveAndFlush(created);
		this.audit.record(AuditRecord.of("account.created", "User", created.id()).withAfter(created.auditSummary()));
		return created.id();
	}

	/**
	 * Changes an account's name shown, whether it may sign in, and its roles (system
	 * administrator's work). Nobody changes their own roles or disables themselves; an
	 * administrator role is never granted here (see {@link AdministratorAppointments}).
	 */
	@Transactional
	public void updateUser(long id, String displayName, boolean enabled, List<Grant> grants, long actingUserId) {
		StaffUser user = load(id);
		if (id == actingUserId && (!enabled || !new HashSet<>(grants).equals(new HashSet<>(user.grants())))) {
			throw new RuleViolationException("account.self-change", "Administrator changing own roles or status");
		}
		this.rules.checkGrants(grants);
		if (grants.stream().anyMatch((g) -> g.role().isAdministrator() && !user.grants().contains(g))) {
			throw new RuleViolationException("account.admin.confirmation-required",
					"Administrator role granted outside AdministratorAppointments");
		}
		String before = user.auditSummary();
		user.setDisplayName(this.rules.displayName(displayName));
		user.setEnabled(enabled);
		user.setGrants(grants);
		if (!enabled) {
			this.tokens.findByUserIdAndRevokedFalse(id).forEach(ApiToken::revoke);
		}
		this.audit
			.record(AuditRecord.of("account.updated", "User", id).withBefore(before).withAfter(user.auditSummary()));
	}

	/**
	 * Locks an account until it is unlocked (security administrator's deliberate step):
	 * its sessions end at their next request and its tokens stop working. Nobody locks
	 * themselves.
	 */
	@Transactional
	public void lock(long id, long actingUserId) {
		if (id == actingUserId) {
			throw new RuleViolationException("account.self-change", "Security administrator locking themselves");
		}
		StaffUser user = load(id);
		user.lock(UNTIL_UNLOCKED);
		this.audit.record(AuditRecord.of("account.locked", "User", id).withAfter("until unlocked"));
	}

	/** Unlocks a locked account (security administrator's work). */
	@Transactional
	public void unlock(long id) {
		StaffUser user = load(id);
		user.unlock();
		this.audit.record(AuditRecord.of("account.unlocked", "User", id));
	}

	/**
	 * Sets a new password for someone else (security administrator's work); the owner
	 * must change it at the next sign-in unless {@code mustChange} is false, and always
	 * when the account holds an administrator role (三员分立: nobody acts as another
	 * administrator with a password they chose). Ends the account's sessions and revokes
	 * its API tokens.
	 */
	@Transactional
	public void resetPassword(long id, String password, boolean mustChange) {
		StaffUser user = load(id);
		PasswordPolicy.check(user.username(), password);
		boolean forced = mustChange || user.isAdministrator();
		user.setPassword(this.passwords.encode(password), forced, Instant.now(this.clock));
		user.unlock();
		this.tokens.findByUserIdAndRevokedFalse(id).forEach(ApiToken::revoke);
		this.audit.record(AuditRecord
			.of(user.isAdministrator() ? "account.admin-password-reset" : "account.password-reset", "User", id)
			.withAfter("mustChange=" + forced));
	}

	/** Revokes every API token of an account (security administrator's work). */
	@Transactional
	public int revokeTokens(long id) {
		load(id);
		List<ApiToken> active = this.tokens.findByUserIdAndRevokedFalse(id);
		active.forEach(ApiToken::revoke);
		this.audit.record(AuditRecord.of("account.tokens-revoked", "User", id).withAfter("revoked=" + active.size()));
		return active.size();
	}

	/**
	 * Changes one's own password after checking the current one; the account's other
	 * sessions end at their next request and its API tokens are revoked.
	 * @return the principal with the must-change flag cleared
	 */
	@Transactional
	public StaffPrincipal changeOwnPassword(StaffPrincipal principal, String current, String next) {
		StaffUser user = load(principal.id());
		if (current == null || !this.passwords.matches(current, user.passwordHash())) {
			throw new RuleViolationException("account.password.current-wrong", "Current password wrong");
		}
		PasswordPolicy.check(user.username(), next);
		if (this.passwords.matches(next, user.passwordHash())) {
			throw new RuleViolationException("account.password.unchanged", "New password equals the old one");
		}
		boolean firstOwn = user.mustChangePassword();
		user.setPassword(this.passwords.encode(next), false, Instant.now(this.clock));
		List<ApiToken> active = this.tokens.findByUserIdAndRevokedFalse(user.id());
		active.forEach(ApiToken::revoke);
		this.audit.record(AuditRecord
			.of((firstOwn && user.isAdministrator()) ? "account.admin-password-set-by-holder"
					: "account.password-changed", "User", user.id())
			.withActor(user.username())
			.withAfter("tokensRevoked=" + active.size() + ", otherSessionsEnded=true"));
		return user.principal();
	}

	/**
	 * Creates {@code admin}, a system administrator, if no account of that name exists
	 * (first start, from the operator's {@code GONGKAI_ADMIN_PASSWORD}).
	 * @return whether it was created
	 */
	@Transactional
	public boolean ensureAdmin(String password) {
		if (this.users.existsByUsername("admin")) {
			return false;
		}
		PasswordPolicy.check("admin", password);
		StaffUser admin = new StaffUser("admin", "系统管理员", this.passwords.encode(password), false,
				Instant.now(this.clock));
		admin.setGrants(List.of(new Grant(Role.SYSTEM_ADMIN, null)));
		this.users.saveAndFlush(admin);
		this.audit.record(AuditRecord.of("account.admin-bootstrapped", "User", admin.id())
			.withActor("system")
			.withAfter(admin.auditSummary() + ", from=GONGKAI_ADMIN_PASSWORD"));
		return true;
	}

	/**
	 * Checks a password against the password policy for a login name, storing nothing
	 * (the demo checks the operator's one password for every demo account before it sets
	 * any).
	 * @throws RuleViolationException with the policy's message key when it fails
	 */
	public void checkPassword(String username, String password) {
		PasswordPolicy.check(username, password);
	}

	/**
	 * Demo mode only: gives a demo administrator account (created with
	 * {@link #bootstrapAdministrator}) a new password its holder may use at once. The
	 * demo prints its passwords to the person who started it, who holds every demo
	 * account, so the one-command demo and the bench scripts sign in as an administrator
	 * straight away; outside demo mode this refuses.
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public void setDemoAdministratorPassword(long id, String password) {
		if (!this.demo) {
			throw new IllegalStateException("Demo administrator password outside demo mode");
		}
		StaffUser user = load(id);
		PasswordPolicy.check(user.username(), password);
		user.setPassword(this.passwords.encode(password), false, Instant.now(this.clock));
		user.unlock();
		this.tokens.findByUserIdAndRevokedFalse(id).forEach(ApiToken::revoke);
		this.audit.record(AuditRecord.of("account.admin-password-reset", "User", id)
			.withActor("system")
			.withAfter("mustChange=false, demo=true"));
	}

	/**
	 * Start-up code only (the demo county; never a web or API request, which go through
	 * {@link AdministratorAppointments}): creates an administrator-role account without
	 * confirmations. Its holder must set their own password before it can act.
	 * @return the new account's id
	 */
	@Transactional
	public long bootstrapAdministrator(NewUser user) {
		String username = (user.username() != null) ? user.username().strip() : "";
		this.rules.checkUsername(username);
		if (this.users.existsByUsername(username)) {
			throw new RuleViolationException("account.username.taken", "Username taken");
		}
		PasswordPolicy.check(username, user.password());
		this.rules.checkGrants(user.grants());
		StaffUser created = new StaffUser(username, this.rules.displayName(user.displayName()),
				this.passwords.encode(user.password()), true, Instant.now(this.clock));
		created.setGrants(user.grants());
		this.users.saveAndFlush(created);
		this.audit.record(AuditRecord.of("account.admin-bootstrapped", "User", created.id())
			.withActor("system")
			.withAfter(created.auditSummary() + ", mustChangePassword=true"));
		return created.id();
	}

	/** Whether any account holds {@code role}. */
	@Transactional(readOnly = true)
	public boolean anyoneHolds(Role role) {
		return this.users.findAll().stream().anyMatch((u) -> u.grants().stream().anyMatch((g) -> g.role() == role));
	}

	/** Encodes a password for storing. */
	String encode(String password) {
		return this.passwords.encode(password);
	}

	private StaffUser load(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
	}

}
