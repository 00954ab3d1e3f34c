package org.gongkai.account.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.account.AccountManagement;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.IssuedToken;
import org.gongkai.account.SignInRefused;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.web.ApiError;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: {@code POST /api/v1/auth/token} with {@code {"username","password"}}
 * answers {@code {"token","expiresAt"}}; {@code GET /api/v1/admin/me} tells whom a token
 * stands for.
 */
@RestController
class TokenApiController {

	private final AccountManagement accounts;

	private final MessageSource messages;

	TokenApiController(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
	TokenJson token(@RequestBody Credentials credentials, HttpServletRequest request) {
		if (credentials == null || credentials.username() == null || credentials.password() == null
				|| credentials.username().isBlank() || credentials.password().isEmpty()) {
			throw new org.gongkai.platform.RuleViolationException("account.token.credentials-missing",
					"Username or password missing");
		}
		IssuedToken token = this.accounts.issueToken(credentials.username(), credentials.password(),
				request.getRemoteAddr());
		return new TokenJson(token.token(), token.expiresAt());
	}

	@GetMapping("/api/v1/admin/me")
	MeJson me() {
		StaffPrincipal principal = AgencyAccess.current();
		return new MeJson(principal.username(), principal.displayName(),
				principal.grants().stream().map((g) -> new GrantJson(g.role().name(), g.agencyId())).toList());
	}

	/**
	 * An unknown name and a wrong password get the same answer; throttled attempts a 429
	 * alike for known and unknown names; "locked", "disabled" and "change your password
	 * first" only to whoever gave the right password.
	 */
	@ExceptionHandler(SignInRefused.class)
	ResponseEntity<ApiError> refused(SignInRefused ex) {
		HttpStatus status = switch (ex.reason()) {
			case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
			case PASSWORD_CHANGE_REQUIRED -> HttpStatus.FORBIDDEN;
			default -> HttpStatus.UNAUTHORIZED;
		};
		String key = switch (ex.reason()) {
			case THROTTLED -> "account.sign-in.too-many";
			case LOCKED -> "account.sign-in.locked";
			case DISABLED, BAD_CREDENTIALS -> "account.sign-in.bad-credentials";
			case PASSWORD_CHANGE_REQUIRED -> "account.sign-in.password-change-required";
		};
		return ResponseEntity.status(status)
			.body(new ApiError(status.value(), this.messages.getMessage(key, null, Locale.CHINA), key, null));
	}

	record Credentials(String username, String password) {

	}

	record TokenJson(String token, Instant expiresAt) {

	}

	record MeJson(String username, String displayName, List<GrantJson> roles) {

	}

	record GrantJson(String role, Long agencyId) {

	}

}
