package org.gongkai.account;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Accounts, sign-ins and tokens show on no public page. No change of this module touches
 * a page the public page cache keeps, so none of them empties it.
 */
@Configuration(proxyBeanMethods = false)
class AccountPages {

	@Bean
	PublicFootprint accountFootprint() {
		return PublicFootprint.nothingPublic("account.");
	}

}
