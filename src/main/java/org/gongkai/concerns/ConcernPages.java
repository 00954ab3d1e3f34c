package org.gongkai.concerns;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public list of answered concerns is rendered per request (it is not a cached page),
 * and the response items are the publication module's (its footprint names their pages):
 * no change of this module shows on a cached page.
 */
@Configuration(proxyBeanMethods = false)
class ConcernPages {

	@Bean
	PublicFootprint concernsFootprint() {
		return PublicFootprint.nothingPublic("concerns.");
	}

}
