package org.gongkai.operations;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Actuator's own filter chain, ahead of the API's and the pages' (which are the
 * {@code account} module's): stateless, no session, no CSRF (only reading endpoints are
 * exposed). {@code /actuator/health} and its {@code liveness} and {@code readiness}
 * groups answer anyone, with the status alone; an operator ({@link OperatorAccess}) is
 * signed in for the request with the role {@value #ROLE}, which
 * {@code management.endpoint.health.roles} names, so only an operator sees the health
 * details. Every other Actuator path refused to anyone else is answered 404, as if it did
 * not exist: the public learns nothing of which endpoints there are, and a wrong token is
 * told apart from a wrong path by nobody (a 401 or 403 would confirm both).
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

	/** The operators' role (for {@code management.endpoint.health.roles}). */
	static final String ROLE = "OPERATOR";

	@Bean
	OperatorAccess operatorAccess(OperationsProperties properties) {
		return new OperatorAccess(properties);
	}

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, OperatorAccess access, MessageSource messages) throws Exception {
		http.securityMatcher("/actuator", "/actuator/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.addFilterAfter(new OperatorSignIn(access), SecurityContextHolderFilter.class)
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.anyRequest()
				.hasRole(ROLE))
			.exceptionHandling(
					(ex) -> ex.authenticationEntryPoint((request, response, e) -> notFound(response, messages))
						.accessDeniedHandler((request, response, e) -> notFound(response, messages)));
		return http.build();
	}

	/**
	 * The 404, written here rather than through the error page: on a management port of
	 * its own ({@code management.server.port}) the Actuator's error endpoint answers JSON
	 * alone, and a scraper asking for text would get 406 instead.
	 */
	private static void notFound(HttpServletResponse response, MessageSource messages) throws IOException {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter()
			.write(messages.getMessage("error.404.title", null, "Not Found", Locale.CHINA) + "\n"
					+ messages.getMessage("error.404.text", null, "", Locale.CHINA) + "\n");
	}

	/** Signs an operator in for this one request. */
	static class OperatorSignIn extends OncePerRequestFilter {

		private final OperatorAccess access;

		OperatorSignIn(OperatorAccess access) {
			this.access = access;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.access.allows(request)) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new PreAuthenticatedAuthenticationToken("operator", "",
						List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}

	}

}
