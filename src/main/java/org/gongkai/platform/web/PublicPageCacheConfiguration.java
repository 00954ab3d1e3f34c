package org.gongkai.platform.web;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.gongkai.platform.cache.PageCacheSettings;
import org.gongkai.platform.cache.PageStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link PublicPageCache} in front of Spring Security's filter chain. */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(PageStore store, PageCacheSettings settings, Clock clock,
			ObjectProvider<MeterRegistry> meters) {
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(new PublicPageCache(store,
				settings, clock, counter(registry, "hits", "Public pages served from the cache"),
				counter(registry, "misses", "Cacheable public pages rendered because none was kept")));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** {@code gongkai_page_cache_hits_total} and {@code _misses_total}. */
	private static Counter counter(MeterRegistry registry, String what, String description) {
		return Counter.builder("gongkai.page.cache." + what).description(description).register(registry);
	}

}
