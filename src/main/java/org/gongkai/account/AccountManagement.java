package org.gongkai.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.platform.Sha256;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: sign-in with lockout, API tokens, and the administrators'
 * work on accounts. Every change is audited.
 */
@Service
public class AccountManagement {

	static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]{2,49}$");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffUsers users;

	private final ApiTokens tokens;

	private final AgencyManagement agencies;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final AccountProperties properties;

	private final Clock clock;

	/**
	 * A hash to compare against when the user does not exist, so both cases take as long.
	 */
	private final String dummyHash;

	AccountManagement(StaffUsers users, ApiTokens tokens, AgencyManagement agencies, PasswordEncoder passwords,
			AuditLog audit, AccountProperties properties, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.agencies = agencies;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.dummyHash = passwords.encode("dummy-password-for-timing");
	}

	/**
	 * Checks a sign-in. Failed attempts are counted; at the limit the account locks for
	 * the lockout period. Both are audited.
	 * @return the signed-in principal
	 * @throws SignInRefused if refused
	 */
	@Transactional(noRollbackFor = SignInRefused.class)
	public StaffPrincipal signIn(String username, String password) {
		Instant now = Instant.now(this.clock);
		String name = (username != null) ? username.strip() : "";
		Optional<StaffUser> found = (name.length() <= 50) ? this.users.findByUsername(name) : Optional.empty();
		if (found.isEmpty() || password == null || password.length() > 1024) {
			this.passwords.matches("x", this.dummyHash);
			throw new SignInRefused(SignInRefused.Reason.BAD_CREDENTIALS, "Unknown user or unusable password");
		}
		StaffUser user = found.get();
		if (user.isLocked(now)) {
			throw new SignInRefused(SignInRefused.Reason.LOCKED, "Account locked: " + name);
		}
		if (!this.passwords.matches(password, user.passwordHash())) {
			boolean locked = user.failedSignIn(this.properties.maxFailedAttempts(),
					now.plus(this.properties.lockout()));
			this.audit.record(AuditRecord.of(locked ? "account.locked" : "account.sign-in-failed", "User", user.id())
				.withActor(user.username())
				.withAfter("failedAttempts=" + user.failedAttempts() + ", locked=" + locked));
			throw new SignInRefused(locked ? SignInRefused.Reason.LOCKED : SignInRefused.Reason.BAD_CREDENTIALS,
					"Wrong password for " + name);
		}
		if (!user.enabled()) {
			throw new SignInRefused(SignInRefused.Reason.DISABLED, "Account disabled: " + name);
		}
		user.signedIn();
		this.audit.record(AuditRecord.of("account.signed-in", "User", user.id()).withActor(user.username()));
		return user.principal();
	}

	/**
	 * Signs in and issues an API token for {@code Authorization: Bearer}.
	 * @throws SignInRefused as {@link #signIn}
	 */
	@Transactional(noRollbackFor = SignInRefused.class)
	public IssuedToken issueToken(String username, String password) {
		StaffPrincipal principal = signIn(username, password);
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
	 * enabled and not locked.
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
			.filter((u) -> u.enabled() && !u.isLocked(now))
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
	 * Creates an account (system administrator's work).
	 * @param user the account
	 * @param mustChangePassword whether the first sign-in must change the password (true
	 * whenever someone else chose it)
	 * @return the new account's id
	 */
	@Transactional
	public long createUser(NewUser user, boolean mustChangePassword) {
		String username = (user.username() != null) ? user.username().strip() : "";
		if (!USERNAME.matcher(username).matches()) {
			throw new RuleViolationException("account.username.invalid", "Bad username");
		}
		if (this.users.existsByUsername(username)) {
			throw new RuleViolationException("account.username.taken", "Username taken");
		}
		String displayName = checkDisplayName(user.displayName());
		PasswordPolicy.check(username, user.password());
		checkGrants(user.grants());
		StaffUser created = new StaffUser(username, displayName, this.passwords.encode(user.password()),
				mustChangePassword, Instant.now(this.clock));
		created.setGrants(user.grants());
		this.users.saveAndFlush(created);
		this.audit.record(AuditRecord.of("account.created", "User", created.id()).withAfter(created.auditSummary()));
		return created.id();
	}

	/**
	 * Changes an account's name shown, whether it may sign in, and its roles (system
	 * administrator's work). Nobody changes their own roles or disables themselves.
	 */
	@Transactional
	public void updateUser(long id, String displayName, boolean enabled, List<Grant> grants, long actingUserId) {
		StaffUser user = load(id);
		if (id == actingUserId && (!enabled || !new HashSet<>(grants).equals(new HashSet<>(user.grants())))) {
			throw new RuleViolationException("account.self-change", "Administrator changing own roles or status");
		}
		checkGrants(grants);
		String before = user.auditSummary();
		user.setDisplayName(checkDisplayName(displayName));
		user.setEnabled(enabled);
		user.setGrants(grants);
		if (!enabled) {
			this.tokens.findByUserIdAndRevokedFalse(id).forEach(ApiToken::revoke);
		}
		this.audit
			.record(AuditRecord.of("account.updated", "User", id).withBefore(before).withAfter(user.auditSummary()));
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
	 * must change it at the next sign-in unless {@code mustChange} is false. Revokes the
	 * account's API tokens.
	 */
	@Transactional
	public void resetPassword(long id, String password, boolean mustChange) {
		StaffUser user = load(id);
		PasswordPolicy.check(user.username(), password);
		user.setPassword(this.passwords.encode(password), mustChange, Instant.now(this.clock));
		user.unlock();
		this.tokens.findByUserIdAndRevokedFalse(id).forEach(ApiToken::revoke);
		this.audit.record(AuditRecord.of("account.password-reset", "User", id).withAfter("mustChange=" + mustChange));
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
	 * Changes one's own password after checking the current one.
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
		user.setPassword(this.passwords.encode(next), false, Instant.now(this.clock));
		this.audit.record(AuditRecord.of("account.password-changed", "User", user.id()));
		return user.principal();
	}

	/**
	 * Creates {@code admin}, a system administrator, if no account of that name exists.
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
		this.audit.record(AuditRecord.of("account.created", "User", admin.id())
			.withActor("system")
			.withAfter(admin.auditSummary()));
		return true;
	}

	private StaffUser load(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
	}

	private static String checkDisplayName(String displayName) {
		String name = Text.clean(displayName);
		if (name.isEmpty() || name.length() > 100) {
			throw new RuleViolationException("account.display-name.invalid", "Bad display name");
		}
		return name;
	}

	/**
	 * 三员分立: an administrator role is held alone and for no agency; business roles are
	 * held for an existing agency; no grant twice.
	 */
	private void checkGrants(List<Grant> grants) {
		if (grants == null || grants.isEmpty()) {
			throw new RuleViolationException("account.grants.empty", "No role");
		}
		if (new HashSet<>(grants).size() != grants.size()) {
			throw new RuleViolationException("account.grants.duplicate", "Role granted twice");
		}
		for (Grant grant : grants) {
			if (grant.role() == null) {
				throw new RuleViolationException("account.grants.empty", "Grant without role");
			}
			if (grant.role().isAdministrator()) {
				if (grants.size() != 1 || grant.agencyId() != null) {
					throw new RuleViolationException("account.grants.admin-alone",
							"Administrator role combined with another role or an agency");
				}
			}
			else {
				if (grant.agencyId() == null) {
					throw new RuleViolationException("account.grants.agency-required", "Business role without agency");
				}
				try {
					this.agencies.details(grant.agencyId());
				}
				catch (NotFoundException ex) {
					throw new RuleViolationException("account.grants.agency-required", "Unknown agency in grant");
				}
			}
		}
	}

}
