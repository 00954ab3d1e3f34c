package org.gongkai.account;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.stereotype.Component;

/**
 * What a valid account looks like: its login name, the name shown, and its grants (三员分立).
 */
@Component
class AccountRules {

	static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]{2,49}$");

	private final AgencyManagement agencies;

	AccountRules(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** 3 to 50 lower-case letters, digits or {@code . _ -}, starting with a letter. */
	void checkUsername(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new RuleViolationException("account.username.invalid", "Bad username");
		}
	}

	/** The cleaned name shown; 1 to 100 characters. */
	String displayName(String displayName) {
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
	void checkGrants(List<Grant> grants) {
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
				AgencyLevel level;
				try {
					level = this.agencies.details(grant.agencyId()).summary().level();
				}
				catch (NotFoundException ex) {
					throw new RuleViolationException("account.grants.agency-required", "Unknown agency in grant");
				}
				if (grant.role() == Role.VILLAGE_SUPERVISOR && level != AgencyLevel.VILLAGE) {
					// Organic Law art. 32: the supervision committee is a village's own
					throw new RuleViolationException("account.grants.supervisor-village-only",
							"Village supervisor of an agency that is no village");
				}
			}
		}
	}

}
