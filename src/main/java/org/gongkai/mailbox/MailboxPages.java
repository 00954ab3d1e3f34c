package org.gongkai.mailbox;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Letters, consultations and surveys are not on the cached public pages (the mailbox
 * pages are rendered per request). No change of this module touches a page the public
 * page cache keeps, so none of them empties it.
 */
@Configuration(proxyBeanMethods = false)
class MailboxPages {

	@Bean
	PublicFootprint mailboxFootprint() {
		return PublicFootprint.nothingPublic("mailbox.");
	}

}
