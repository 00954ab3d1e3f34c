package org.gongkai.platform.cache;

import java.time.Clock;

import org.gongkai.platform.ClusterProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The page store within its byte budget, and the invalidation log that keeps the nodes of
 * a cluster in step ({@code gongkai.cluster.enabled}, off by default).
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	PageStore pageStore(PageCacheSettings settings) {
		return new PageStore(settings.maxBytes().toBytes());
	}

	@Bean
	PageInvalidationLog pageInvalidationLog(JdbcTemplate jdbc, PageStore store, Clock clock, PageCacheSettings settings,
			ClusterProperties cluster) {
		return new PageInvalidationLog(jdbc, store, clock, settings, cluster.enabled());
	}

}
