package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * What a node needs in cluster mode ({@code gongkai.cluster.enabled=true}), and only
 * then: sessions in the shared database (Spring Session JDBC, tables
 * {@code spring_session*}), each {@code @Scheduled} job that carries
 * {@link SchedulerLock} run by one node at a time (ShedLock, table {@code shedlock}, its
 * times taken from the database so the nodes' clocks need not agree), and the rate-limit
 * buckets in the database ({@link JdbcBuckets}). A single node needs none of it: its
 * sessions stay in Tomcat, its buckets in memory, and the lock annotations do nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(ClusterProperties.ENABLED)
@EnableJdbcHttpSession
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterConfiguration {

	/**
	 * The session cookie keeps the servlet container's name, HttpOnly and SameSite=Lax.
	 */
	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseBase64Encoding(false);
		return cookie;
	}

	/** Sessions time out as on a single node ({@code server.servlet.session.timeout}). */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(Environment environment) {
		Duration timeout = environment.getProperty("server.servlet.session.timeout", Duration.class,
				Duration.ofMinutes(30));
		return (repository) -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

	@Bean
	JdbcBuckets jdbcBuckets(DataSource dataSource, Clock clock) {
		return new JdbcBuckets(dataSource, RateLimits.timeMeter(clock));
	}

	@Bean
	RateLimitPurge rateLimitPurge(JdbcBuckets buckets) {
		return new RateLimitPurge(buckets);
	}

	/** Drops the rows of refilled buckets every ten minutes, on one node. */
	static class RateLimitPurge {

		private final JdbcBuckets buckets;

		RateLimitPurge(JdbcBuckets buckets) {
			this.buckets = buckets;
		}

		@Scheduled(cron = "${gongkai.cluster.rate-limit-purge-cron:0 */10 * * * *}",
				zone = "${gongkai.zone:Asia/Shanghai}")
		@SchedulerLock(name = "platform.rate-limit-purge", lockAtLeastFor = "PT1M")
		void purge() {
			this.buckets.purgeExpired();
		}

	}

}
