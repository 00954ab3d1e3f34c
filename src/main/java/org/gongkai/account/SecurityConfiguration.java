package org.gongkai.account;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.RateLimits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API ({@code /api/**}: stateless, bearer tokens, JSON errors, no
 * CSRF since no cookie authenticates there) and the pages (form sign-in, session, CSRF,
 * security headers). Which administrator may use which back-office area is decided here,
 * per 三员分立.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * BCrypt for new hashes at the configured cost; hashes of any id the delegating
	 * encoder knows still verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder(AccountProperties properties) {
		DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("bcrypt", new BCryptPasswordEncoder(properties.passwordHashCost()));
		DelegatingPasswordEncoder configured = new DelegatingPasswordEncoder("bcrypt", encoders);
		configured.setDefaultPasswordEncoderForMatches(encoder);
		return configured;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccountManagement accounts, RateLimits limits,
			AccountProperties properties) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new SignInRateLimitFilter(limits, properties.loginsPerMinute()),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((auth) -> auth
				// an agency's own staff work on its requests; the request module checks
				// which staff
				.requestMatchers("/api/v1/admin/agencies/*/requests/**")
				.authenticated()
				// likewise its annual reports; the annualreport module checks which staff
				.requestMatchers("/api/v1/admin/agencies/*/annual-reports/**")
				.authenticated()
				// likewise its catalogue columns and publications; the publication module
				// checks which staff
				.requestMatchers("/api/v1/admin/agencies/*/columns", "/api/v1/admin/agencies/*/publications")
				.authenticated()
				// and its website inspection; the inspection module checks which staff
				.requestMatchers("/api/v1/admin/agencies/*/inspections", "/api/v1/admin/agencies/*/inspections/**")
				.authenticated()
				// and its assessments; the assessment module checks which staff
				.requestMatchers("/api/v1/admin/agencies/*/assessments/**")
				.authenticated()
				.requestMatchers("/api/v1/admin/agencies/**", "/api/v1/admin/users/**")
				.hasRole("SYSTEM_ADMIN")
				.requestMatchers("/api/v1/admin/calendar/**", "/api/v1/admin/search/**", "/api/v1/admin/backups/**")
				.hasRole("SYSTEM_ADMIN")
				.requestMatchers("/api/v1/admin/security/**")
				.hasRole("SECURITY_ADMIN")
				.requestMatchers("/api/v1/admin/audit/**")
				.hasRole("AUDIT_ADMIN")
				.requestMatchers("/api/v1/admin/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.exceptionHandling((ex) -> ex
				.authenticationEntryPoint((request, response, e) -> BearerTokenFilter.JsonErrors.write(response, 401,
						"error.unauthorized", "需要登录：请在 Authorization 头中提供有效令牌"))
				.accessDeniedHandler((request, response, e) -> BearerTokenFilter.JsonErrors.write(response, 403,
						"error.forbidden", "无权执行此操作")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, StaffAuthenticationProvider provider, RateLimits limits,
			AccountProperties properties, AccountManagement accounts, SignInThrottle throttle) throws Exception {
		http.authenticationManager(new ProviderManager(provider))
			.addFilterAfter(new SessionFreshnessFilter(accounts), SecurityContextHolderFilter.class)
			.addFilterBefore(new SignInRateLimitFilter(limits, properties.loginsPerMinute()),
					UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/admin/agencies/**", "/admin/users/**")
				.hasRole("SYSTEM_ADMIN")
				.requestMatchers("/admin/calendar/**", "/admin/backups/**")
				.hasRole("SYSTEM_ADMIN")
				.requestMatchers("/admin/security/**")
				.hasRole("SECURITY_ADMIN")
				.requestMatchers("/admin/account/appointments/**")
				.hasAnyRole("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN")
				.requestMatchers("/admin/audit/**")
				.hasRole("AUDIT_ADMIN")
				.requestMatchers("/admin/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(SignInDetails::of)
				.successHandler((request, response, authentication) -> {
					boolean mustChange = authentication.getPrincipal() instanceof StaffPrincipal p
							&& p.mustChangePassword();
					redirect(response, request.getContextPath() + (mustChange ? "/admin/account/password" : "/admin"));
				})
				.failureHandler((request, response, e) -> {
					if (throttle.captchaRequired(request.getParameter("username"))) {
						SignInCaptcha.require(request);
					}
					redirect(response, request.getContextPath() + failurePage(e));
				})
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.sessionManagement((s) -> s.sessionFixation((f) -> f.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * Where a refused sign-in goes: the same page for an unknown name and a wrong
	 * password; "locked" or "disabled" only after the right password. A missing or wrong
	 * CAPTCHA answer says so (the password was not checked, so the answer tells nothing
	 * about it, and whether a CAPTCHA is asked depends on the typed name's failures
	 * alone, known or unknown).
	 */
	private static String failurePage(AuthenticationException e) {
		if (e instanceof StaffAuthenticationProvider.Throttled) {
			return "/login?tooMany";
		}
		if (e instanceof StaffAuthenticationProvider.CaptchaRequired) {
			return "/login?captcha";
		}
		return (e instanceof LockedException) ? "/login?locked" : "/login?error";
	}

	private static void redirect(HttpServletResponse response, String location) throws IOException {
		response.sendRedirect(location);
	}

}
