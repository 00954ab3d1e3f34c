package org.gongkai.account;

import java.util.Locale;

import org.gongkai.platform.RuleViolationException;

/**
 * The password policy (per the usual 等保 level-2 practice): 10 to 128 characters, at least
 * three of upper case, lower case, digits and symbols, not containing the login name, not
 * one character repeated, not on the list of common passwords ({@link CommonPasswords},
 * compared ignoring case).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw new RuleViolationException("account.password.length", "Password length out of range", MIN_LENGTH,
					MAX_LENGTH);
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			throw new RuleViolationException("account.password.classes", "Password has too few character classes");
		}
		if (username != null && username.length() >= 3
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new RuleViolationException("account.password.username", "Password contains the username");
		}
		if (password.chars().distinct().count() < 4) {
			throw new RuleViolationException("account.password.classes", "Password too repetitive");
		}
		if (CommonPasswords.contains(password)) {
			throw new RuleViolationException("account.password.common", "Password on the common passwords list");
		}
	}

}
