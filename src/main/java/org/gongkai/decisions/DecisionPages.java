package org.gongkai.decisions;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decision pages are rendered per request (they name no cache tag: they show the
 * linked consultations' 采纳情况, which the mailbox changes without telling), and the column
 * page only links to them: no change of this module shows on a cached page.
 */
@Configuration(proxyBeanMethods = false)
class DecisionPages {

	@Bean
	PublicFootprint decisionsFootprint() {
		return PublicFootprint.nothingPublic("decisions.");
	}

}
