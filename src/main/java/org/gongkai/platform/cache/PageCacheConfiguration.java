package org.gongkai.platform.cache;

import java.time.Clock;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.platform.ClusterProperties;

import org.springframework.beans.factory.ObjectProvider;

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
	PageStore pageStore(PageCacheSettings settings, ObjectProvider<MeterRegistry> meters) {
		PageStore store = new PageStore(settings.maxBytes().toBytes());
		meters.ifAvailable((registry) -> register(store, registry));
		return store;
	}

	/**
	 * The store's figures for the operators ({@code gongkai_page_cache_*}); the hits and
	 * misses are counted where pages are served ({@code platform.web.PublicPageCache}).
	 */
	private static void register(PageStore store, MeterRegistry registry) {
		Gauge.builder("gongkai.page.cache.size", store, PageStore::bytes)
			.description("What the kept public pages cost against the page cache's budget")
			.baseUnit("bytes")
			.register(registry);
		Gauge.builder("gongkai.page.cache.pages", store, PageStore::size)
			.description("Public pages kept in the page cache")
			.register(registry);
		FunctionCounter.builder("gongkai.page.cache.evictions", store, PageStore::evictions)
			.description("Pages dropped to stay within the page cache's byte budget")
			.register(registry);
		FunctionCounter.builder("gongkai.page.cache.invalidations", store, PageStore::invalidated)
			.description("Pages forgotten because a change touched what they show")
			.register(registry);
	}

	@Bean
	PageInvalidationLog pageInvalidationLog(JdbcTemplate jdbc, PageStore store, Clock clock, PageCacheSettings settings,
			ClusterProperties cluster) {
		return new PageInvalidationLog(jdbc, store, clock, settings, cluster.enabled());
	}

}
