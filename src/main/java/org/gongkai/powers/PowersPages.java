package org.gongkai.powers;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The power list pages are rendered per request (they name no cache tag), and the 权力清单
 * column page only links to them: no change of this module shows on a cached page.
 */
@Configuration(proxyBeanMethods = false)
class PowersPages {

	@Bean
	PublicFootprint powersFootprint() {
		return PublicFootprint.nothingPublic("powers.");
	}

}
