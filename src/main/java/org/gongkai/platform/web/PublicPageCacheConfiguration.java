package org.gongkai.platform.web;

import java.time.Clock;

import org.gongkai.platform.cache.PageCacheSettings;
import org.gongkai.platform.cache.PageStore;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link PublicPageCache} in front of Spring Security's filter chain. */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(PageStore store, PageCacheSettings settings, Clock clock) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
				new PublicPageCache(store, settings, clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
