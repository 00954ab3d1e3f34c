package org.gongkai.fiscal;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fiscal pages are rendered per request (they name no cache tag), and the column
 * pages only link to them: no change of this module shows on a cached page.
 */
@Configuration(proxyBeanMethods = false)
class FiscalPages {

	@Bean
	PublicFootprint fiscalFootprint() {
		return PublicFootprint.nothingPublic("fiscal.");
	}

}
