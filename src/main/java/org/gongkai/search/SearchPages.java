package org.gongkai.search;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Re-indexing changes what the search page finds, which is rendered per request. No
 * change of this module touches a page the public page cache keeps, so none of them
 * empties it.
 */
@Configuration(proxyBeanMethods = false)
class SearchPages {

	@Bean
	PublicFootprint searchFootprint() {
		return PublicFootprint.nothingPublic("search.");
	}

}
