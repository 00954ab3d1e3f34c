package org.gongkai.request;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applications and their handling are not on the cached public pages (the
 * answered-requests list is rendered per request). No change of this module touches a
 * page the public page cache keeps, so none of them empties it.
 */
@Configuration(proxyBeanMethods = false)
class RequestPages {

	@Bean
	PublicFootprint requestFootprint() {
		return PublicFootprint.nothingPublic("request.");
	}

}
