package org.gongkai.audit;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit log's own entries (key rotation, cut-over) show on no public page. No change
 * of this module touches a page the public page cache keeps, so none of them empties it.
 */
@Configuration(proxyBeanMethods = false)
class AuditPages {

	@Bean
	PublicFootprint auditFootprint() {
		return PublicFootprint.nothingPublic("audit.");
	}

}
